package dev.traverse.api.report;

import dev.traverse.api.organization.OrganizationScoped;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A CI test report was pushed to a project and became a report run. The event carries the run's summary and the
 * compact result of every test (enough to rebuild history, flakiness and failure groups); the raw report stays the
 * artifact {@code raw_artifact}, which retention may delete later without touching this event.
 *
 * @param duration milliseconds the run took, or null when the report does not say
 * @param shardIndex which shard of a sharded Playwright run this report is (1-based), or null
 * @param incompleteReason why the report is incomplete (a shard, interrupted tests, tests that did not run), or null
 * @param errors run-level errors (Playwright's top-level {@code errors}, Vitest files that failed to load), bounded
 */
@Revision("1")
public record TestReportIngested(
        String reportId,
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
        List<TestResult> results)
        implements OrganizationScoped {}
