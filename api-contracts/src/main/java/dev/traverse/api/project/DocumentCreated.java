package dev.traverse.api.project;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/** A document was created in a project. */
@Revision("1")
public record DocumentCreated(String projectId, String organizationId, String documentId, String name, String content)
        implements OrganizationScoped {}
