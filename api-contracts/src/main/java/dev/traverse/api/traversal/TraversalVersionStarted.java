package dev.traverse.api.traversal;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/** A new, empty path version was started (a repair), possibly by an agentic run. */
@Revision("1")
public record TraversalVersionStarted(
        String traversalId,
        String testCaseId,
        String projectId,
        String organizationId,
        int version,
        String reason,
        String runId)
        implements OrganizationScoped {}
