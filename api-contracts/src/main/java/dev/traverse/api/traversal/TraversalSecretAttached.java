package dev.traverse.api.traversal;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/** A secret value of the project was attached to the traversal as an input (the seeds' secret_value_traversal). */
@Revision("1")
public record TraversalSecretAttached(
        String traversalId, String testCaseId, String projectId, String organizationId, String secretId)
        implements OrganizationScoped {}
