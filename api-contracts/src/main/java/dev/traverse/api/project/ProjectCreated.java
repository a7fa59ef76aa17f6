package dev.traverse.api.project;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/** A project was created in an organization. */
@Revision("1")
public record ProjectCreated(String projectId, String organizationId, String name, String defaultUrlRoute)
        implements OrganizationScoped {}
