package dev.traverse.api.organization;

import org.axonframework.serialization.Revision;

/** An organization got a new name; {@code version} is the organization's version after the change. */
@Revision("1")
public record OrganizationRenamed(String organizationId, String name, long version) implements OrganizationScoped {}
