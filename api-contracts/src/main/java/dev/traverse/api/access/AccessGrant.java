package dev.traverse.api.access;

import dev.traverse.api.organization.Role;

/**
 * The outcome of a successful access check, handed to the endpoint as a request attribute: who called, which
 * resource they addressed and the organization (and project) that owns it.
 *
 * @param actorId the caller: a user id from the identity provider
 * @param kind the kind of the addressed resource, or {@code null} for endpoints that address none
 * @param resourceId the addressed resource's id, or {@code null}
 * @param organizationId the owning organization, or {@code null}
 * @param projectId the owning project, or {@code null} when the resource is not inside a project
 * @param role the caller's role in that organization, or {@code null}
 */
public record AccessGrant(
        String actorId, ResourceKind kind, String resourceId, String organizationId, String projectId, Role role) {

    /** Name of the request attribute that carries the grant. */
    public static final String ATTRIBUTE = "dev.traverse.access.grant";
}
