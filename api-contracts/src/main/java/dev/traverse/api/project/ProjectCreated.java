package dev.traverse.api.project;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/**
 * A project was created in an organization by {@code createdBy}, the actor (a user id, later also an API key id).
 * Revision 1 lacked {@code createdBy}; its events are upcast from their metadata's {@code actor_id}.
 */
@Revision("2")
public record ProjectCreated(
        String projectId, String organizationId, String name, String defaultUrlRoute, String createdBy)
        implements OrganizationScoped {}
