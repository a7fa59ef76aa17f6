package dev.traverse.api.organization;

import org.axonframework.serialization.Revision;

/** A member left (or was removed from) an organization. */
@Revision("1")
public record MemberRemoved(String organizationId, String memberId, String userId, long version)
        implements OrganizationScoped {}
