package dev.traverse.api.organization;

import org.axonframework.serialization.Revision;

/** A user became a member of an organization. */
@Revision("1")
public record MemberAdded(String organizationId, String memberId, String userId, Role role, long version)
        implements OrganizationScoped {}
