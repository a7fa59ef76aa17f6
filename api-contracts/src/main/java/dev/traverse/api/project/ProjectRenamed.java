package dev.traverse.api.project;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/** A project got a new name; {@code version} is the project's version after the change. */
@Revision("1")
public record ProjectRenamed(String projectId, String organizationId, String name, long version)
        implements OrganizationScoped {}
