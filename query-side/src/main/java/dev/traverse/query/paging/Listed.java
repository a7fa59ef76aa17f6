package dev.traverse.query.paging;

import java.time.Instant;

/** A row of a list endpoint: lists are ordered, and paged, by creation time and id. */
public interface Listed {

    String id();

    Instant createdAt();
}
