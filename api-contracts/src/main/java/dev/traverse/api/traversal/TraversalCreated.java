package dev.traverse.api.traversal;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/** A traversal of a test case was created; its path starts empty as version 1. */
@Revision("1")
public record TraversalCreated(
        String traversalId,
        String testCaseId,
        String projectId,
        String organizationId,
        String browserConfigId,
        String expectedOutcome)
        implements OrganizationScoped {}
