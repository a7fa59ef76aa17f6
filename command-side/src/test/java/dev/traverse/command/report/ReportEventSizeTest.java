package dev.traverse.command.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.traverse.api.report.TestOutcome;
import dev.traverse.api.report.TestReportIngested;
import dev.traverse.api.report.TestResult;
import dev.traverse.testsupport.SharedFixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Events carry every test's compact result, so their size grows with the number of tests, never with the raw
 * report's stack traces, stdout or attachments. Measured here with the event store's JSON settings.
 */
class ReportEventSizeTest {

    private final ObjectMapper events = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private int eventBytes(ParsedReport report) throws Exception {
        return events.writeValueAsBytes(new TestReportIngested(
                        "r".repeat(24),
                        "p".repeat(24),
                        "o".repeat(24),
                        report.tool(),
                        report.toolVersion(),
                        Instant.EPOCH,
                        "f".repeat(40),
                        "main",
                        "ci",
                        report.duration(),
                        report.status(),
                        report.counts(),
                        report.shardIndex(),
                        report.shardTotal(),
                        report.incompleteReason(),
                        report.errors(),
                        "a".repeat(64),
                        0,
                        report.results()))
                .length;
    }

    @Test
    void theLargestFixtureBecomesASmallEvent() throws Exception {
        byte[] raw = SharedFixtures.bytes(ReportParserTest.PW_1_28);
        int size = eventBytes(new ReportParser(20_000).parse(raw, null));
        // 185 105 raw bytes and 64 tests give an event of 11 101 bytes: about 170 bytes per test.
        assertThat(raw.length).isEqualTo(185_105);
        assertThat(size).isBetween(10_000, 12_000);
    }

    @Test
    void tenThousandPassingTestsStayUnderTwoMegabytes() throws Exception {
        List<TestResult> results = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            results.add(new TestResult(
                    "tests/e2e/checkout/payment-" + (i / 50) + ".spec.ts",
                    "Checkout › pays with card number " + i,
                    "chromium",
                    TestOutcome.PASSED,
                    1,
                    1234,
                    null,
                    List.of("trace")));
        }
        ParsedReport report = new ParsedReport(
                dev.traverse.api.report.TestTool.PLAYWRIGHT, "1.59.1", null, 1L, null, null, List.of(), results, 0, 0);
        // About 1.92 MB, 190 bytes per test: traverse.reports.max-tests (20 000) bounds an event near 4 MB.
        assertThat(eventBytes(report)).isLessThan(2_000_000);
    }
}
