package dev.traverse.api.organization;

/**
 * A message that belongs to exactly one organization. Projections process an organization's events in order, and
 * every read-model row carries the organization it belongs to.
 */
public interface OrganizationScoped {

    String organizationId();
}
