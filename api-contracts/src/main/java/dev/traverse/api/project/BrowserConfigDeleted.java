package dev.traverse.api.project;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/** A browser config was deleted. */
@Revision("1")
public record BrowserConfigDeleted(String projectId, String organizationId, String browserConfigId, long version)
        implements OrganizationScoped {}
