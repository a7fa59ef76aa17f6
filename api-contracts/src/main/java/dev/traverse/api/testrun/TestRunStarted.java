package dev.traverse.api.testrun;

import dev.traverse.api.organization.OrganizationScoped;
import java.time.Instant;
import java.util.Map;
import org.axonframework.serialization.Revision;

/** A run of a traversal started, pinned to one path version; it fails by itself if still running at the deadline. */
@Revision("1")
public record TestRunStarted(
        String runId,
        String traversalId,
        String testCaseId,
        String projectId,
        String organizationId,
        RunType runType,
        int traversalVersion,
        Map<String, Object> testConfig,
        String repairsRunId,
        Instant startedAt,
        Instant deadline)
        implements OrganizationScoped {}
