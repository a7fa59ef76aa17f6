package dev.traverse.query.tag;

import dev.traverse.query.paging.Listed;
import java.time.Instant;

/** A tag as the API shows it. */
record TagView(
        String id, String projectId, String name, String color, Instant createdAt, Instant updatedAt, long version)
        implements Listed {}
