package dev.traverse.api.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The compact, normalized result of one test in one report: what projections need to rebuild per-test history,
 * never the raw report. Empty fields are left out of the JSON, so a passing test costs a hundred bytes or so.
 *
 * @param file the test file (Playwright: relative to its test directory; Vitest: as the report names it)
 * @param title the titles of the enclosing describe blocks and the test, joined with {@code " › "}
 * @param project the Playwright project (browser) the test ran in; empty for Vitest
 * @param outcome the final outcome
 * @param attempts how many times the test ran (retries included); 0 when it did not run
 * @param duration milliseconds spent in all attempts
 * @param error the failure message without ANSI codes or stack frames, bounded; for failed and flaky tests only
 * @param attachments names of the attachments of its attempts ({@code trace}, {@code screenshot} ...), each once
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TestResult(
        String file,
        String title,
        String project,
        TestOutcome outcome,
        int attempts,
        long duration,
        String error,
        List<String> attachments) {

    public TestResult {
        project = project == null ? "" : project;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /**
     * The test's identity across reports: {@code file › title}, and {@code [project]} for Playwright projects. It is
     * derived, not stored, so events and read model always agree on it.
     */
    @JsonIgnore
    public String key() {
        return file + " › " + title + (project.isEmpty() ? "" : " [" + project + "]");
    }
}
