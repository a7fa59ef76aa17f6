package dev.traverse.api.traversal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a traversal of a test case with one of the test case's browser configs and an expected outcome. */
public record CreateTraversal(
        @TargetAggregateIdentifier String traversalId,
        String testCaseId,
        String projectId,
        String organizationId,
        String browserConfigId,
        String expectedOutcome) {}
