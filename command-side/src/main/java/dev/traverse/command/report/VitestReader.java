package dev.traverse.command.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.traverse.api.report.TestOutcome;
import dev.traverse.api.report.TestResult;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Vitest's JSON reporter output, which copies Jest's: {@code testResults[]} (one per test file) with
 * {@code assertionResults[]} (one per test). Its own totals are ignored: older Vitest counted skipped and todo tests
 * as passed ({@code numPassedTests = total - failed}), so Traverse counts the assertions itself. Test files are
 * streamed; one file at a time is held as a tree.
 */
final class VitestReader {

    private final ObjectMapper json;
    private final ResultList counter;
    private final List<TestResult> results = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private Instant startTime;
    private Long firstFileStart;
    private Long lastFileEnd;
    private int interrupted;

    VitestReader(ObjectMapper json, ResultList counter) {
        this.json = json;
        this.counter = counter;
    }

    void startTime(JsonNode value) {
        if (value.isNumber()) {
            startTime = Instant.ofEpochMilli(value.asLong());
        }
    }

    void testResults(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new NotAReportException("testResults", "testResults must be an array of test files");
        }
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            file(json.readTree(parser), "testResults[" + index++ + "]");
        }
    }

    private void file(JsonNode file, String at) {
        if (!file.isObject()
                || !file.path("name").isTextual()
                || !file.path("assertionResults").isArray()) {
            throw new NotAReportException(at, "a test file has a name and an assertionResults array");
        }
        String name = ReportText.path(file.get("name").asText());
        if (file.path("startTime").isNumber()) {
            long start = file.get("startTime").asLong();
            firstFileStart = firstFileStart == null ? start : Math.min(firstFileStart, start);
        }
        if (file.path("endTime").isNumber()) {
            long end = file.get("endTime").asLong();
            lastFileEnd = lastFileEnd == null ? end : Math.max(lastFileEnd, end);
        }
        boolean anyFailed = false;
        int index = 0;
        for (JsonNode assertion : file.get("assertionResults")) {
            TestResult result = test(assertion, name, at + ".assertionResults[" + index++ + "]");
            anyFailed |= result.outcome() == TestOutcome.FAILED;
            counter.count();
            results.add(result);
        }
        // A file that failed to load (syntax error, failing import) has no failed test, only a message.
        String message = ReportText.message(file.path("message").asText(null));
        if ("failed".equals(file.path("status").asText()) && !anyFailed && message != null) {
            if (errors.size() < ReportText.RUN_ERRORS) {
                errors.add(ReportText.bounded(name + ": " + message, ReportText.MESSAGE));
            }
        }
    }

    private TestResult test(JsonNode assertion, String file, String at) {
        if (!assertion.isObject() || !assertion.path("title").isTextual()) {
            throw new NotAReportException(at, "a test has a title");
        }
        List<String> titles = new ArrayList<>();
        for (JsonNode ancestor : assertion.path("ancestorTitles")) {
            if (ancestor.isTextual() && !ancestor.asText().isBlank()) {
                titles.add(ancestor.asText().strip());
            }
        }
        titles.add(assertion.get("title").asText().strip());
        String status = assertion.path("status").asText(null);
        TestOutcome outcome = outcome(status, at);
        String error = null;
        if (outcome == TestOutcome.FAILED) {
            for (JsonNode message : assertion.path("failureMessages")) {
                error = ReportText.message(message.asText(null));
                if (error != null) {
                    break;
                }
            }
        }
        boolean ran = outcome == TestOutcome.PASSED || outcome == TestOutcome.FAILED;
        return new TestResult(
                file,
                ReportText.name(String.join(" › ", titles), ReportText.TITLE),
                "",
                outcome,
                ran ? 1 : 0,
                Math.max(0, Math.round(assertion.path("duration").asDouble(0))),
                error,
                List.of());
    }

    /**
     * Vitest's statuses. {@code pending} is what Vitest writes for a test still running (or merely queued) when the
     * report was written: the run was cut short, so the test counts as skipped and the report as incomplete.
     */
    private TestOutcome outcome(String status, String at) {
        if (status == null) {
            throw new NotAReportException(at + ".status", "a test has a status");
        }
        return switch (status) {
            case "passed" -> TestOutcome.PASSED;
            case "failed" -> TestOutcome.FAILED;
            case "skipped", "disabled" -> TestOutcome.SKIPPED;
            case "todo" -> TestOutcome.TODO;
            case "pending" -> {
                interrupted++;
                yield TestOutcome.SKIPPED;
            }
            default ->
                throw new NotAReportException(
                        at + ".status",
                        "unknown test status '" + status + "'; passed, failed, skipped, pending, todo or disabled");
        };
    }

    List<TestResult> results() {
        return ResultList.unique(results);
    }

    List<String> runErrors() {
        return errors;
    }

    /** The report's {@code startTime}, else its first file's. */
    Instant runAt() {
        if (startTime != null) {
            return startTime;
        }
        return firstFileStart == null ? null : Instant.ofEpochMilli(firstFileStart);
    }

    /** From the run's start to the end of its last file. */
    Long duration() {
        Instant start = runAt();
        if (start == null || lastFileEnd == null) {
            return null;
        }
        return Math.max(0, lastFileEnd - start.toEpochMilli());
    }

    int interrupted() {
        return interrupted;
    }
}
