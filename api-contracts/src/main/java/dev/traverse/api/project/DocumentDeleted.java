package dev.traverse.api.project;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/** A document was deleted. */
@Revision("1")
public record DocumentDeleted(String projectId, String organizationId, String documentId, long version)
        implements OrganizationScoped {}
