package dev.traverse.query.organization;

import dev.traverse.query.paging.Listed;
import java.time.Instant;

/** An organization as the API shows it. */
record OrganizationView(
        String id, String name, String logo, String createdBy, Instant createdAt, Instant updatedAt, long version)
        implements Listed {}
