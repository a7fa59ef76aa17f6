package dev.traverse.query.project;

import dev.traverse.query.paging.Listed;
import java.time.Instant;

/** A project as the API shows it; {@code archived_at} is set once it is archived. */
record ProjectView(
        String id,
        String organizationId,
        String name,
        String defaultUrlRoute,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant archivedAt,
        long version)
        implements Listed {}
