package dev.traverse.query.organization;

import java.time.Instant;

/** An organization as the API shows it. */
record OrganizationView(
        String id, String name, String logo, String createdBy, Instant createdAt, Instant updatedAt, long version) {}
