package dev.traverse.api.project;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/** A tag was created in a project. */
@Revision("1")
public record TagCreated(String projectId, String organizationId, String tagId, String name, String color)
        implements OrganizationScoped {}
