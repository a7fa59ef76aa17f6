package dev.traverse.api.organization;

import org.axonframework.serialization.Revision;

/** An organization came to be. Its creator's membership follows as a {@link MemberAdded}. */
@Revision("1")
public record OrganizationCreated(String organizationId, String name, String logo, String createdBy)
        implements OrganizationScoped {}
