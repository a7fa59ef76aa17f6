package dev.traverse.api.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * The final outcome of one test in one report: {@code flaky} passed only after a retry; {@code todo} is a test
 * declared but not written (Vitest's {@code todo}, Playwright's {@code fixme}).
 */
public enum TestOutcome {
    PASSED,
    FAILED,
    FLAKY,
    SKIPPED,
    TODO;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static TestOutcome fromWireName(String value) {
        return Arrays.stream(values())
                .filter(outcome -> outcome.wireName().equals(value))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException("outcome must be passed, failed, flaky, skipped or todo"));
    }

    /** Whether the test ended green (a flaky test did, after a retry). */
    public boolean green() {
        return this == PASSED || this == FLAKY;
    }
}
