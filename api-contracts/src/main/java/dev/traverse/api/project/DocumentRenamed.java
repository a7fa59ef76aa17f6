package dev.traverse.api.project;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/** A document got a new name. */
@Revision("1")
public record DocumentRenamed(String projectId, String organizationId, String documentId, String name, long version)
        implements OrganizationScoped {}
