package dev.traverse.query.organization;

import dev.traverse.query.paging.Listed;
import java.time.Instant;

/** A member as the API shows it. */
record MemberView(
        String id,
        String organizationId,
        String userId,
        String role,
        Instant createdAt,
        Instant updatedAt,
        long version)
        implements Listed {}
