package dev.traverse.command.report;

import dev.traverse.api.report.TestResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tests of one report as they are read: refuses a report beyond the test limit as soon as it passes it, and
 * makes keys unique (Vitest allows two tests of the same name; the second becomes {@code "name (2)"}), so history
 * never mixes two tests of one run.
 */
final class ResultList {

    private final int maxTests;
    private int count;

    ResultList(int maxTests) {
        this.maxTests = maxTests;
    }

    /** Counts one more test. */
    void count() {
        if (++count > maxTests) {
            throw new NotAReportException(
                    null,
                    "the report has more than " + maxTests + " tests (traverse.reports.max-tests); push it in"
                            + " shards");
        }
    }

    static List<TestResult> unique(List<TestResult> results) {
        Set<String> keys = new HashSet<>();
        List<TestResult> unique = new ArrayList<>(results.size());
        for (TestResult result : results) {
            TestResult candidate = result;
            for (int n = 2; !keys.add(candidate.key()); n++) {
                candidate = new TestResult(
                        result.file(),
                        result.title() + " (" + n + ")",
                        result.project(),
                        result.outcome(),
                        result.attempts(),
                        result.duration(),
                        result.error(),
                        result.attachments());
            }
            unique.add(candidate);
        }
        return unique;
    }
}
