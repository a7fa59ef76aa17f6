package dev.traverse.api.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * How a report run ended. {@code failed}: a test failed, or the run itself reported an error (Playwright's top-level
 * {@code errors}, a Vitest test file that failed to load). {@code partial}: nothing failed, but the report says it
 * is incomplete (one shard of a sharded run, interrupted tests, tests that did not run). {@code passed}: everything
 * else: every test passed, passed after a retry, or was skipped on purpose.
 */
public enum ReportStatus {
    PASSED,
    FAILED,
    PARTIAL;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ReportStatus fromWireName(String value) {
        return Arrays.stream(values())
                .filter(status -> status.wireName().equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("status must be passed, failed or partial"));
    }
}
