package dev.traverse.command.report;

import dev.traverse.api.report.ReportCounts;
import dev.traverse.api.report.ReportStatus;
import dev.traverse.api.report.TestResult;
import dev.traverse.api.report.TestTool;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A report as Traverse understands it, whatever tool and version wrote it.
 *
 * @param runAt when the run started, when the report says
 * @param duration milliseconds the run took, when the report says or its results tell
 * @param errors run-level errors, cleaned and bounded
 * @param results every test, with a key unique within the report
 * @param interrupted tests cut short (Playwright's {@code interrupted}, Vitest's {@code pending})
 * @param notRun tests that never ran although nobody skipped them (global setup failed, max failures reached)
 */
record ParsedReport(
        TestTool tool,
        String toolVersion,
        Instant runAt,
        Long duration,
        Integer shardIndex,
        Integer shardTotal,
        List<String> errors,
        List<TestResult> results,
        int interrupted,
        int notRun) {

    ReportCounts counts() {
        return ReportCounts.of(results);
    }

    /** Why the report does not cover the whole run, or null when it does. */
    String incompleteReason() {
        List<String> reasons = new ArrayList<>();
        if (shardTotal != null && shardTotal > 1) {
            reasons.add("shard " + shardIndex + " of " + shardTotal);
        }
        if (interrupted > 0) {
            reasons.add(interrupted + (interrupted == 1 ? " test was" : " tests were") + " interrupted");
        }
        if (notRun > 0) {
            reasons.add(notRun + (notRun == 1 ? " test" : " tests") + " did not run");
        }
        return reasons.isEmpty() ? null : String.join("; ", reasons);
    }

    /** Failed beats partial beats passed: see {@link ReportStatus}. */
    ReportStatus status() {
        if (counts().failed() > 0 || !errors.isEmpty()) {
            return ReportStatus.FAILED;
        }
        return incompleteReason() != null ? ReportStatus.PARTIAL : ReportStatus.PASSED;
    }
}
