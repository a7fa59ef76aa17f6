package dev.traverse.api.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The test runner that wrote a report. */
public enum TestTool {
    PLAYWRIGHT,
    VITEST;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The tool named {@code value} ({@code playwright}, {@code vitest}), or empty. */
    public static Optional<TestTool> find(String value) {
        return Arrays.stream(values())
                .filter(tool -> tool.wireName().equals(value))
                .findFirst();
    }

    @JsonCreator
    public static TestTool fromWireName(String value) {
        return find(value).orElseThrow(() -> new IllegalArgumentException("test_tool must be playwright or vitest"));
    }
}
