package dev.traverse.query.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.traverse.query.paging.Listed;
import java.time.Instant;

/** A document as the API shows it; lists leave {@code content} out. */
record DocumentView(
        String id,
        String projectId,
        String testCaseId,
        String name,
        @JsonInclude(JsonInclude.Include.NON_NULL) String content,
        Instant createdAt,
        Instant updatedAt,
        long version)
        implements Listed {}
