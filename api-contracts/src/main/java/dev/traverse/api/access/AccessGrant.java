package dev.traverse.api.access;

import dev.traverse.api.organization.Role;

/**
 * The outcome of a successful access check, handed to the endpoint as a request attribute: who called, which
 * resource they addressed and the organization (and project) that owns it.
 *
 * @param actorType {@code user} (a JWT's subject) or {@code api_key}
 * @param actorId the user id from the identity provider, or the API key's id
 * @param kind the kind of the addressed resource, or {@code null} for endpoints that address none
 * @param resourceId the addressed resource's id, or {@code null}
 * @param organizationId the owning organization, or {@code null}
 * @param projectId the owning project, or {@code null} when the resource is not inside a project
 * @param role the caller's role in that organization; {@code null} for API keys
 */
public record AccessGrant(
        String actorType,
        String actorId,
        ResourceKind kind,
        String resourceId,
        String organizationId,
        String projectId,
        Role role) {

    /** Name of the request attribute that carries the grant. */
    public static final String ATTRIBUTE = "dev.traverse.access.grant";

    public static final String USER = "user";
    public static final String API_KEY = "api_key";

    /** The same caller addressing another resource of the same organization and project. */
    public AccessGrant addressing(ResourceKind otherKind, String otherId) {
        return new AccessGrant(actorType, actorId, otherKind, otherId, organizationId, projectId, role);
    }
}
