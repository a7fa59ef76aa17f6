package dev.traverse.command.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.traverse.api.report.TestOutcome;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How Playwright judges one test, read from its JSON: the outcome from its {@code status} (or from its attempts, as
 * Playwright computes it, when an old report has none), its annotations, and the message of its last failure.
 */
final class PlaywrightVerdicts {

    private PlaywrightVerdicts() {}

    /**
     * The test's outcome: Playwright's own {@code status} when it wrote one, else derived from the attempts as
     * Playwright does (all skipped: skipped; all as expected: expected; some: flaky). A skipped {@code fixme} test is
     * a todo.
     */
    static TestOutcome outcome(JsonNode test, JsonNode results, Set<String> annotations, String at) {
        String status = test.path("status").isTextual() ? test.get("status").asText() : derived(test, results);
        return switch (status) {
            case "expected" -> TestOutcome.PASSED;
            case "unexpected" -> TestOutcome.FAILED;
            case "flaky" -> TestOutcome.FLAKY;
            case "skipped" -> annotations.contains("fixme") ? TestOutcome.TODO : TestOutcome.SKIPPED;
            default ->
                throw new NotAReportException(
                        at + ".status", "unknown test status '" + status + "'; expected, unexpected, flaky or skipped");
        };
    }

    private static String derived(JsonNode test, JsonNode results) {
        String expected = test.path("expectedStatus").asText("passed");
        int ran = 0;
        int asExpected = 0;
        for (JsonNode result : results) {
            String status = result.path("status").asText();
            if (!"interrupted".equals(status) && !"skipped".equals(status)) {
                ran++;
                asExpected += expected.equals(status) ? 1 : 0;
            }
        }
        if (ran == 0) {
            return "skipped";
        }
        return asExpected == ran ? "expected" : asExpected > 0 ? "flaky" : "unexpected";
    }

    static Set<String> annotations(JsonNode owner) {
        Set<String> types = new LinkedHashSet<>();
        for (JsonNode annotation : owner.path("annotations")) {
            if (annotation.path("type").isTextual()) {
                types.add(annotation.get("type").asText().toLowerCase(Locale.ROOT));
            }
        }
        return types;
    }

    /** The message of the last attempt that failed: the final failure, or for a flaky test the last retry's. */
    private static String lastError(JsonNode results) {
        for (int i = results.size() - 1; i >= 0; i--) {
            JsonNode result = results.get(i);
            String message = firstText(result.path("error"), "message", "value");
            if (message == null) {
                for (JsonNode error : result.path("errors")) {
                    message = firstText(error, "message", "value");
                    if (message != null) {
                        break;
                    }
                }
            }
            String clean = ReportText.message(message);
            if (clean != null) {
                return clean;
            }
        }
        return null;
    }

    /** The failure message of a failed or flaky test, or null. */
    static String error(JsonNode test, JsonNode attempts, TestOutcome outcome) {
        if (outcome != TestOutcome.FAILED && outcome != TestOutcome.FLAKY) {
            return null;
        }
        String error = lastError(attempts);
        if (error == null
                && outcome == TestOutcome.FAILED
                && "failed".equals(test.path("expectedStatus").asText())) {
            // test.fail() that passed: Playwright records no error, its reporters print this.
            return "Expected to fail, but passed.";
        }
        return error;
    }

    static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            if (node.path(name).isTextual() && !node.get(name).asText().isBlank()) {
                return node.get(name).asText();
            }
        }
        return null;
    }
}
