package dev.traverse.api.report;

import java.util.List;

/** How many tests of a report ended in each outcome; {@code total} is their sum. */
public record ReportCounts(int total, int passed, int failed, int flaky, int skipped, int todo) {

    /** Counts the outcomes of {@code results}. */
    public static ReportCounts of(List<TestResult> results) {
        int[] byOutcome = new int[TestOutcome.values().length];
        for (TestResult result : results) {
            byOutcome[result.outcome().ordinal()]++;
        }
        return new ReportCounts(
                results.size(),
                byOutcome[TestOutcome.PASSED.ordinal()],
                byOutcome[TestOutcome.FAILED.ordinal()],
                byOutcome[TestOutcome.FLAKY.ordinal()],
                byOutcome[TestOutcome.SKIPPED.ordinal()],
                byOutcome[TestOutcome.TODO.ordinal()]);
    }
}
