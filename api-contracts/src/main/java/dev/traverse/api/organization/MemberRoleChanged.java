package dev.traverse.api.organization;

import org.axonframework.serialization.Revision;

/** A member's role changed. */
@Revision("1")
public record MemberRoleChanged(String organizationId, String memberId, String userId, Role role, long version)
        implements OrganizationScoped {}
