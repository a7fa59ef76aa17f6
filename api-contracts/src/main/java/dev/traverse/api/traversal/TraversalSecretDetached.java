package dev.traverse.api.traversal;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/** A secret value was detached from the traversal. */
@Revision("1")
public record TraversalSecretDetached(
        String traversalId, String testCaseId, String projectId, String organizationId, String secretId)
        implements OrganizationScoped {}
