package dev.traverse.api.report;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a parsed CI test report as a new report run. The raw report is already stored as the artifact
 * {@code rawArtifact}; this command carries only its normalized summary and per-test results.
 */
public record IngestTestReport(
        @TargetAggregateIdentifier String reportId,
        String projectId,
        String organizationId,
        TestTool testTool,
        String toolVersion,
        Instant runAt,
        String commitHash,
        String branch,
        String creator,
        Long duration,
        ReportStatus status,
        ReportCounts counts,
        Integer shardIndex,
        Integer shardTotal,
        String incompleteReason,
        List<String> errors,
        String rawArtifact,
        long rawSizeBytes,
        List<TestResult> results) {}
