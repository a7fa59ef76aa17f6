package dev.traverse.api.organization;

import org.axonframework.serialization.Revision;

/** An organization's logo (a URL or artifact reference, {@code null} when removed) changed. */
@Revision("1")
public record OrganizationLogoChanged(String organizationId, String logo, long version) implements OrganizationScoped {}
