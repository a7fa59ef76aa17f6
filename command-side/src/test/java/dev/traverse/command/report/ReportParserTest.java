package dev.traverse.command.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.traverse.api.report.ReportCounts;
import dev.traverse.api.report.ReportStatus;
import dev.traverse.api.report.TestOutcome;
import dev.traverse.api.report.TestResult;
import dev.traverse.api.report.TestTool;
import dev.traverse.command.rejection.CommandRejectedException;
import dev.traverse.command.rejection.Rejection;
import dev.traverse.testsupport.SharedFixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parser on every real report in {@code shared/fixtures/reports}. The expected counts were derived from the files
 * themselves (walking suites, specs and tests with a script) and are explained next to each assertion.
 */
class ReportParserTest {

    static final String PW_1_28 = "reports/playwright_1.28.1_captain-fixture.json";
    static final String PW_1_30_GLOBAL_ERROR = "reports/playwright_1.30.0_global-error_captain-fixture.json";
    static final String PW_1_37_SHARDED = "reports/playwright_1.37.1_sharded-retries_daun-fixture.json";
    static final String PW_1_53_WEBSERVER = "reports/playwright_1.53.1_webserver-error_seungwoo321.json";
    static final String PW_1_59_STATS = "reports/playwright_1.59.1_with-stats_asharkhalid.json";
    static final String VITEST = "reports/vitest_captain-fixture.json";

    private final ReportParser parser = new ReportParser(20_000);
    private final ObjectMapper json = new ObjectMapper();

    private ParsedReport parse(String fixture) {
        return parser.parse(SharedFixtures.bytes(fixture), null);
    }

    private static TestResult result(ParsedReport report, String key) {
        return report.results().stream()
                .filter(result -> result.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no test " + key));
    }

    @Test
    void playwright128RichStatusesRetriesAndAnnotations() {
        ParsedReport report = parse(PW_1_28);

        assertThat(report.tool()).isEqualTo(TestTool.PLAYWRIGHT);
        assertThat(report.toolVersion()).isEqualTo("1.28.1");
        // 64 tests over two projects (chromium, firefox): 36 expected, 16 unexpected (failing, throwing, timing
        // out, or passing despite test.fail), 4 flaky ("fails then passes"), 8 skipped of which 4 are test.fixme.
        assertThat(report.counts()).isEqualTo(new ReportCounts(64, 36, 16, 4, 4, 4));
        assertThat(report.status()).isEqualTo(ReportStatus.FAILED);
        assertThat(report.incompleteReason()).isNull();
        // No stats before 1.40: the run spans from the first attempt's start to the last attempt's end.
        assertThat(report.runAt()).isEqualTo(Instant.parse("2022-12-15T20:31:02.752Z"));
        assertThat(report.duration()).isEqualTo(30_753L);
        assertThat(report.results().stream().mapToInt(TestResult::attempts).sum())
                .isEqualTo(104);

        TestResult nested = result(report, "example.spec.ts › first level › second level › passing test [firefox]");
        assertThat(nested.outcome()).isEqualTo(TestOutcome.PASSED);
        TestResult flaky = result(report, "example.spec.ts › fails then passes [chromium]");
        assertThat(flaky.outcome()).isEqualTo(TestOutcome.FLAKY);
        assertThat(flaky.attempts()).isEqualTo(3);
        assertThat(flaky.duration()).isEqualTo(145 + 138 + 158);
        assertThat(flaky.attachments()).containsExactly("trace");
        // The last failing attempt's message, without its ANSI colours.
        assertThat(flaky.error())
                .isEqualTo("expect(received).toEqual(expected) // deep equality\n\nExpected: 2\nReceived: 1");
        // A thrown string has no message, only a value.
        assertThat(result(report, "example.spec.ts › throw string [chromium]").error())
                .isEqualTo("'uh oh'");
        assertThat(result(report, "example.spec.ts › times out [firefox]").error())
                .isEqualTo("Test timeout of 1000ms exceeded.");
        assertThat(result(report, "example.spec.ts › fixme test [chromium]").outcome())
                .isEqualTo(TestOutcome.TODO);
        assertThat(result(report, "example.spec.ts › skipped test [chromium]").outcome())
                .isEqualTo(TestOutcome.SKIPPED);
        // test.fail() that failed behaved as expected; one that passed did not.
        assertThat(result(report, "example.spec.ts › failing w/ fail annotation [chromium]")
                        .outcome())
                .isEqualTo(TestOutcome.PASSED);
        assertThat(result(report, "example.spec.ts › passing w/ fail annotation [chromium]")
                        .outcome())
                .isEqualTo(TestOutcome.FAILED);
        assertThat(result(report, "demo-todo-app.spec.ts › New Todo › should allow me to add todo items [firefox]")
                        .duration())
                .isEqualTo(928);
        assertThat(report.results().stream().map(TestResult::error).filter(java.util.Objects::nonNull))
                .hasSize(20)
                .allSatisfy(error -> assertThat(error).doesNotContain("\u001B"));
        // Passing although marked test.fail(): Playwright reports no error, Traverse says why it failed.
        assertThat(result(report, "example.spec.ts › passing w/ fail annotation [chromium]")
                        .error())
                .isEqualTo("Expected to fail, but passed.");
    }

    @Test
    void playwright130GlobalSetupErrorFailsTheRunWithEveryTestUnrun() {
        ParsedReport report = parse(PW_1_30_GLOBAL_ERROR);

        // Global setup failed: all 14 tests are "skipped" with no attempt at all.
        assertThat(report.counts()).isEqualTo(new ReportCounts(14, 0, 0, 0, 14, 0));
        assertThat(report.notRun()).isEqualTo(14);
        assertThat(report.status()).isEqualTo(ReportStatus.FAILED);
        assertThat(report.incompleteReason()).isEqualTo("14 tests did not run");
        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error).startsWith("expect(received).toHaveProperty(path)");
            assertThat(error).contains("SyntaxError: Unexpected token H in JSON at position 0");
            assertThat(error).doesNotContain("    at ");
        });
        assertThat(report.runAt()).isNull();
        assertThat(report.duration()).isNull();
        assertThat(report.results())
                .allSatisfy(test -> assertThat(test.attempts()).isZero());
        assertThat(report.results().get(0).key())
                .isEqualTo("auth.spec.ts › Auth Flow › You can signup and login with GitHub [chromium]");
    }

    @Test
    void playwright137ShardWithRetriesAndAnsiColouredErrors() {
        ParsedReport report = parse(PW_1_37_SHARDED);

        // Shard 1 of 2, retries: 4. 14 tests: 10 expected, 2 unexpected ("adds" in two browsers, 5 attempts
        // each), 1 flaky ("multiplies" passed on its third attempt), 1 skipped.
        assertThat(report.counts()).isEqualTo(new ReportCounts(14, 10, 2, 1, 1, 0));
        assertThat(report.shardIndex()).isEqualTo(1);
        assertThat(report.shardTotal()).isEqualTo(2);
        assertThat(report.incompleteReason()).isEqualTo("shard 1 of 2");
        // A failed test beats an incomplete report.
        assertThat(report.status()).isEqualTo(ReportStatus.FAILED);
        assertThat(report.runAt()).isEqualTo(Instant.parse("2023-09-08T12:31:04.650Z"));
        assertThat(report.duration()).isEqualTo(943L);
        TestResult adds = result(report, "add.spec.ts › add › adds [chromium]");
        assertThat(adds.outcome()).isEqualTo(TestOutcome.FAILED);
        assertThat(adds.attempts()).isEqualTo(5);
        assertThat(adds.duration()).isEqualTo(16 + 19 + 12 + 11 + 11);
        assertThat(adds.attachments()).containsExactly("trace");
        assertThat(adds.error())
                .isEqualTo("expect(received).toBe(expected) // Object.is equality\n\nExpected: 4\nReceived: 3");
        assertThat(result(report, "multiply.spec.ts › multiply › multiplies [chromium]")
                        .outcome())
                .isEqualTo(TestOutcome.FLAKY);
    }

    @Test
    void playwright153WebServerErrorWithNoSuitesAtAll() {
        ParsedReport report = parse(PW_1_53_WEBSERVER);

        // suites: [], one top-level error, stats all zero.
        assertThat(report.counts()).isEqualTo(new ReportCounts(0, 0, 0, 0, 0, 0));
        assertThat(report.status()).isEqualTo(ReportStatus.FAILED);
        assertThat(report.errors())
                .containsExactly("Error: Process from config.webServer was not able to start. Exit code: 2");
        assertThat(report.runAt()).isEqualTo(Instant.parse("2025-06-19T06:58:13.557Z"));
        // stats.duration 1524.352 ms, rounded.
        assertThat(report.duration()).isEqualTo(1524L);
        assertThat(report.toolVersion()).isEqualTo("1.53.1");
    }

    @Test
    void playwright159WithStatsAllGreen() {
        ParsedReport report = parse(PW_1_59_STATS);

        // stats: expected 35, everything else 0; five projects configured but only chromium ran.
        assertThat(report.counts()).isEqualTo(new ReportCounts(35, 35, 0, 0, 0, 0));
        assertThat(report.status()).isEqualTo(ReportStatus.PASSED);
        assertThat(report.incompleteReason()).isNull();
        assertThat(report.runAt()).isEqualTo(Instant.parse("2026-05-14T07:04:44.991Z"));
        // stats.duration 71732.531 ms, rounded.
        assertThat(report.duration()).isEqualTo(71_733L);
        assertThat(report.results()).allSatisfy(test -> {
            assertThat(test.project()).isEqualTo("chromium");
            assertThat(test.attachments()).containsExactly("trace");
        });
        assertThat(result(
                                report,
                                "sauce-demo.spec.ts › Inventory Page › TC-I03 | Products can be sorted Z→A [chromium]")
                        .duration())
                .isEqualTo(3682);
    }

    @Test
    void vitestCountsAreRecountedFromTheAssertions() {
        ParsedReport report = parse(VITEST);

        assertThat(report.tool()).isEqualTo(TestTool.VITEST);
        // The file says numPassedTests = 8 (total 10 - failed 2: skipped and todo counted as passed). The
        // assertions say: 5 passed, 2 failed, 2 skipped ("it is pended" and the test of a skipped describe), 1 todo.
        assertThat(report.counts()).isEqualTo(new ReportCounts(10, 5, 2, 0, 2, 1));
        assertThat(report.status()).isEqualTo(ReportStatus.FAILED);
        assertThat(report.runAt()).isEqualTo(Instant.parse("2024-08-22T18:25:28.553Z"));
        // From startTime to the test file's endTime.
        assertThat(report.duration()).isEqualTo(10_237L);
        TestResult failing = result(
                report,
                "/Users/kylekthompson/src/captain-examples/vitest/sum.test.js › first level of nesting › second level"
                        + " of nesting › it fails");
        assertThat(failing.outcome()).isEqualTo(TestOutcome.FAILED);
        // The message without its stack frames.
        assertThat(failing.error()).isEqualTo("AssertionError: expected 1 to be 2 // Object.is equality");
        assertThat(failing.attempts()).isEqualTo(1);
        assertThat(failing.duration()).isEqualTo(2);
        TestResult todo = result(
                report, "/Users/kylekthompson/src/captain-examples/vitest/sum.test.js › it is not" + " written yet");
        assertThat(todo.outcome()).isEqualTo(TestOutcome.TODO);
        assertThat(todo.attempts()).isZero();
        assertThat(result(
                                report,
                                "/Users/kylekthompson/src/captain-examples/vitest/sum.test.js › first level of"
                                        + " nesting › it is slow")
                        .duration())
                .isEqualTo(5002);
    }

    @Test
    void everyFixtureGivesUniqueKeysAndBoundedText() {
        for (String fixture :
                List.of(PW_1_28, PW_1_30_GLOBAL_ERROR, PW_1_37_SHARDED, PW_1_53_WEBSERVER, PW_1_59_STATS, VITEST)) {
            ParsedReport report = parse(fixture);
            assertThat(report.results().stream().map(TestResult::key).distinct().count())
                    .as(fixture)
                    .isEqualTo(report.results().size());
            assertThat(report.results()).allSatisfy(test -> {
                assertThat(test.title().length()).isLessThanOrEqualTo(ReportText.TITLE);
                assertThat(test.error() == null || test.error().length() <= ReportText.MESSAGE)
                        .isTrue();
            });
        }
    }

    @Test
    void withoutATestStatusTheOutcomeIsDerivedFromTheAttemptsAsPlaywrightDoes() throws Exception {
        ObjectNode report = (ObjectNode) json.readTree(SharedFixtures.bytes(PW_1_28));
        report.findParents("expectedStatus").forEach(test -> ((ObjectNode) test).remove("status"));

        ParsedReport derived = parser.parse(json.writeValueAsBytes(report), null);

        assertThat(derived.counts()).isEqualTo(new ReportCounts(64, 36, 16, 4, 4, 4));
        assertThat(derived.results()).isEqualTo(parse(PW_1_28).results());
    }

    @Test
    void aCleanShardIsPartialAndInterruptedTestsMakeARunPartial() throws Exception {
        // The sharded fixture with its failures turned green: nothing failed, but it is one shard of two.
        ObjectNode shard = (ObjectNode) json.readTree(SharedFixtures.bytes(PW_1_37_SHARDED));
        shard.findParents("status").forEach(node -> {
            if (node.get("status").asText().equals("unexpected")) {
                ((ObjectNode) node).put("status", "expected");
            }
        });
        ParsedReport green = parser.parse(json.writeValueAsBytes(shard), TestTool.PLAYWRIGHT);
        assertThat(green.status()).isEqualTo(ReportStatus.PARTIAL);
        assertThat(green.incompleteReason()).isEqualTo("shard 1 of 2");

        // The all-green 1.59 report with one attempt interrupted (Ctrl-C, or max failures in a worker).
        ObjectNode stats = (ObjectNode) json.readTree(SharedFixtures.bytes(PW_1_59_STATS));
        ObjectNode test = (ObjectNode) stats.findValues("specs").stream()
                .filter(specs -> !specs.isEmpty())
                .findFirst()
                .orElseThrow()
                .get(0)
                .get("tests")
                .get(0);
        test.put("status", "skipped");
        ((ObjectNode) test.get("results").get(0)).put("status", "interrupted");
        ParsedReport interrupted = parser.parse(json.writeValueAsBytes(stats), null);
        assertThat(interrupted.counts()).isEqualTo(new ReportCounts(35, 34, 0, 0, 1, 0));
        assertThat(interrupted.status()).isEqualTo(ReportStatus.PARTIAL);
        assertThat(interrupted.incompleteReason()).isEqualTo("1 test was interrupted");
    }

    @Test
    void vitestPendingTestsMakeARunPartialAndDuplicateNamesGetDistinctKeys() throws Exception {
        ObjectNode report = (ObjectNode) json.readTree(SharedFixtures.bytes(VITEST));
        ArrayNode assertions = (ArrayNode) report.get("testResults").get(0).get("assertionResults");
        assertions.forEach(assertion -> {
            if (assertion.get("status").asText().equals("failed")) {
                ((ObjectNode) assertion).put("status", "pending");
            }
        });
        assertions.add(assertions.get(0).deepCopy());

        ParsedReport parsed = parser.parse(json.writeValueAsBytes(report), TestTool.VITEST);

        assertThat(parsed.counts()).isEqualTo(new ReportCounts(11, 6, 0, 0, 4, 1));
        assertThat(parsed.status()).isEqualTo(ReportStatus.PARTIAL);
        assertThat(parsed.incompleteReason()).isEqualTo("2 tests were interrupted");
        assertThat(parsed.results().get(10).title()).isEqualTo("adds 1 + 2 to equal 3 (2)");
    }

    @Test
    void aVitestFileThatFailedToLoadIsARunError() throws Exception {
        ObjectNode report = (ObjectNode) json.readTree(SharedFixtures.bytes(VITEST));
        ObjectNode broken = ((ArrayNode) report.get("testResults")).addObject();
        broken.put("name", "/repo/src/broken.test.ts");
        broken.put("status", "failed");
        broken.put(
                "message", "Failed to load url ./missing (resolved id: ./missing)\n    at loadAndTransform (x.js:1:1)");
        broken.putArray("assertionResults");

        ParsedReport parsed = parser.parse(json.writeValueAsBytes(report), null);

        assertThat(parsed.errors())
                .containsExactly("/repo/src/broken.test.ts: Failed to load url ./missing (resolved id: ./missing)");
        assertThat(parsed.counts().total()).isEqualTo(10);
    }

    @Test
    void refusesWhatIsNotJsonWithA400() {
        assertThatThrownBy(() -> parser.parse("hello".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(CommandRejectedException.class, e -> {
                    assertThat(e.rejection()).isEqualTo(Rejection.MALFORMED);
                    assertThat(e.getMessage()).contains("not well-formed JSON");
                });
        assertThatThrownBy(() -> parser.parse(new byte[0], null))
                .isInstanceOfSatisfying(
                        CommandRejectedException.class,
                        e -> assertThat(e.rejection()).isEqualTo(Rejection.MALFORMED));
        byte[] truncated = new String(SharedFixtures.bytes(PW_1_37_SHARDED), StandardCharsets.UTF_8)
                .substring(0, 20_000)
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parser.parse(truncated, null))
                .isInstanceOfSatisfying(
                        CommandRejectedException.class,
                        e -> assertThat(e.rejection()).isEqualTo(Rejection.MALFORMED));
    }

    @Test
    void refusesJsonThatIsNoKnownReportWithA422() {
        assertThatThrownBy(() -> parser.parse("[1, 2]".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(NotAReportException.class);
        assertThatThrownBy(() -> parser.parse("{\"tests\": []}".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(NotAReportException.class, e -> {
                    assertThat(e.rejection()).isEqualTo(Rejection.UNPROCESSABLE);
                    assertThat(e.getMessage()).contains("no known test report");
                });
        String jest = "{\"numTotalTests\": 0, \"testResults\": [], \"wasInterrupted\": false}";
        assertThatThrownBy(() -> parser.parse(jest.getBytes(StandardCharsets.UTF_8), null))
                .hasMessageContaining("Jest");
        String badSuites = "{\"config\": {}, \"suites\": {\"title\": \"x\"}}";
        assertThatThrownBy(() -> parser.parse(badSuites.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(
                        NotAReportException.class, e -> assertThat(e.field()).isEqualTo("suites"));
        String badStatus = "{\"config\": {}, \"suites\": [{\"title\": \"a.ts\", \"specs\": [{\"title\": \"t\","
                + " \"tests\": [{\"status\": \"weird\", \"results\": []}]}]}]}";
        assertThatThrownBy(() -> parser.parse(badStatus.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(
                        NotAReportException.class,
                        e -> assertThat(e.field()).isEqualTo("suites[0].specs[0].tests[0].status"));
    }

    @Test
    void refusesAReportOfAnotherToolThanDeclaredNamingTestTool() {
        assertThatThrownBy(() -> parser.parse(SharedFixtures.bytes(VITEST), TestTool.PLAYWRIGHT))
                .isInstanceOfSatisfying(NotAReportException.class, e -> {
                    assertThat(e.field()).isEqualTo("test_tool");
                    assertThat(e.getMessage()).contains("vitest JSON report");
                });
    }

    @Test
    void refusesReportsBeyondTheTestLimitWhileReading() {
        assertThatThrownBy(() -> new ReportParser(63).parse(SharedFixtures.bytes(PW_1_28), null))
                .isInstanceOf(NotAReportException.class)
                .hasMessageContaining("more than 63 tests");
        assertThat(new ReportParser(64)
                        .parse(SharedFixtures.bytes(PW_1_28), null)
                        .results())
                .hasSize(64);
    }
}
