package dev.traverse.api.testcase;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates a test case in a project, optionally already carrying tags and browser configs of the same project and
 * linked to a document of the same project.
 */
public record CreateTestCase(
        @TargetAggregateIdentifier String testCaseId,
        String projectId,
        String organizationId,
        String testDescription,
        String extraRules,
        String urlRoute,
        List<String> allowedDomains,
        String documentId,
        List<String> tagIds,
        List<String> browserConfigIds) {}
