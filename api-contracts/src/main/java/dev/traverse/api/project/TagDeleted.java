package dev.traverse.api.project;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/** A tag was deleted. */
@Revision("1")
public record TagDeleted(String projectId, String organizationId, String tagId, long version)
        implements OrganizationScoped {}
