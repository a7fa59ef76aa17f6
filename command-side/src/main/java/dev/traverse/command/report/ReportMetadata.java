package dev.traverse.command.report;

import dev.traverse.api.report.TestTool;
import dev.traverse.command.rejection.CommandRejectedException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the CI machine says about a report, validated: the tool (detected when left out), the commit, the branch
 * ({@code refs/heads/} is dropped, so {@code GITHUB_REF} and {@code GITHUB_REF_NAME} give the same branch), who
 * triggered it and when it ran (taken from the report when left out).
 */
record ReportMetadata(TestTool testTool, String commitHash, String branch, String creator, Instant runAt) {

    private static final Pattern COMMIT = Pattern.compile("[0-9a-fA-F]{7,64}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final int MAX_TEXT = 255;

    static ReportMetadata of(Map<String, String> fields) {
        String tool = fields.get("test_tool");
        TestTool testTool = tool == null
                ? null
                : TestTool.find(tool.toLowerCase(Locale.ROOT))
                        .orElseThrow(() -> CommandRejectedException.invalid(
                                "test_tool", "test_tool must be playwright or vitest"));
        String commit = fields.get("commit_hash");
        if (commit != null && !COMMIT.matcher(commit).matches()) {
            throw CommandRejectedException.invalid(
                    "commit_hash", "commit_hash must be a git commit: 7 to 64 hex digits");
        }
        String branch = text(fields, "branch");
        if (branch != null && branch.startsWith("refs/heads/")) {
            branch = branch.substring("refs/heads/".length());
        }
        return new ReportMetadata(
                testTool,
                commit == null ? null : commit.toLowerCase(Locale.ROOT),
                branch,
                text(fields, "creator"),
                instant(fields.get("run_at")));
    }

    private static String text(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value != null
                && (value.length() > MAX_TEXT || CONTROL.matcher(value).find())) {
            throw CommandRejectedException.invalid(
                    name, name + " must be at most " + MAX_TEXT + " characters, without control characters");
        }
        return value;
    }

    private static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw CommandRejectedException.invalid(
                    "run_at", "run_at must be an ISO-8601 time with an offset, such as 2026-01-31T12:00:00Z");
        }
    }
}
