package dev.traverse.api.testrun;

import java.time.Instant;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Starts a run of a traversal, pinned to one path version. A run still RUNNING at {@code deadline} fails by itself.
 * {@code startedAt} is now, or the past start of an imported run.
 */
public record StartTestRun(
        @TargetAggregateIdentifier String runId,
        String traversalId,
        String testCaseId,
        String projectId,
        String organizationId,
        RunType runType,
        int traversalVersion,
        Map<String, Object> testConfig,
        String repairsRunId,
        Instant startedAt,
        Instant deadline) {}
