package dev.traverse.query.report;

import dev.traverse.query.paging.Listed;
import java.time.Instant;
import java.util.List;

/** How the API shows report runs, test results, a test's history, flaky tests and failure groups. */
final class ReportViews {

    private ReportViews() {}

    /** A report run with its counts as top-level fields. {@code duration} is in milliseconds. */
    record ReportView(
            String id,
            String projectId,
            String testTool,
            String toolVersion,
            Instant runAt,
            String commitHash,
            String branch,
            String creator,
            Long duration,
            String status,
            int total,
            int passed,
            int failed,
            int flaky,
            int skipped,
            int todo,
            Integer shardIndex,
            Integer shardTotal,
            String incompleteReason,
            List<String> errors,
            String rawArtifact,
            long rawSizeBytes,
            boolean rawAvailable,
            String rawUrl,
            Instant rawExpiredAt,
            Instant createdAt,
            long version)
            implements Listed {}

    /** One test's result in a report run. */
    record ResultView(
            int idx,
            String testKey,
            String file,
            String title,
            String project,
            String outcome,
            int attempts,
            long duration,
            String errorMessage,
            List<String> attachments) {}

    /** A slice of a run's results in report order; pass {@code next_from_idx} as {@code from_idx} for the next. */
    record ResultPage(List<ResultView> data, Integer nextFromIdx) {}

    /** One result of a test, with the run it belongs to. */
    record HistoryEntry(
            String reportId,
            Instant runAt,
            String branch,
            String commitHash,
            String testTool,
            String reportStatus,
            String outcome,
            int attempts,
            long duration,
            String errorMessage,
            List<String> attachments) {}

    /** A test's statistics over all runs of its project. {@code average_duration} is in milliseconds. */
    record TestStatsView(
            String testKey,
            String file,
            String title,
            String project,
            long runs,
            long passed,
            long failed,
            long flaky,
            long skipped,
            long todo,
            long averageDuration,
            String lastOutcome,
            String lastReportId,
            Instant lastRunAt,
            Instant firstRunAt) {}

    /** A test's history, newest first; pass {@code next_cursor} as {@code cursor} for older results. */
    record TestHistory(String testKey, TestStatsView stats, List<HistoryEntry> data, String nextCursor) {}

    /**
     * A test's instability in the last {@code window} runs of each branch: {@code flips} outcome changes between
     * consecutive runs and {@code flaky_runs} runs it passed only after a retry; {@code score} is their sum.
     */
    record FlakyTestView(
            String testKey,
            String file,
            String title,
            String project,
            long runs,
            long flips,
            long flakyRuns,
            long failures,
            long score,
            String lastOutcome,
            Instant lastRunAt) {}

    record FlakyTests(int window, String branch, List<FlakyTestView> data) {}

    /** Failures with the same normalized message. */
    record FailureGroupView(
            String errorGroup,
            String sampleMessage,
            long failures,
            long tests,
            long reports,
            Instant firstSeen,
            Instant lastSeen,
            List<String> testKeys) {}

    record FailureGroups(List<FailureGroupView> data) {}
}
