package dev.traverse.command.report;

import static dev.traverse.command.rejection.Rejected.rejected;

import dev.traverse.api.report.ExpireRawReport;
import dev.traverse.api.report.IngestTestReport;
import dev.traverse.api.report.RawReportExpired;
import dev.traverse.api.report.ReportCounts;
import dev.traverse.api.report.ReportStatus;
import dev.traverse.api.report.TestOutcome;
import dev.traverse.api.report.TestReportIngested;
import dev.traverse.api.report.TestResult;
import dev.traverse.api.report.TestTool;
import dev.traverse.command.rejection.Rejection;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TestReportTest {

    private static final String R = "rep1";
    private static final String P = "p1";
    private static final String ORG = "org1";
    private static final String RAW = "a".repeat(64);
    private static final Instant RUN_AT = Instant.parse("2026-11-22T10:00:00Z");
    private static final List<TestResult> RESULTS = List.of(
            new TestResult("a.spec.ts", "logs in", "chromium", TestOutcome.PASSED, 1, 120, null, List.of()),
            new TestResult("a.spec.ts", "logs out", "chromium", TestOutcome.FLAKY, 2, 300, "timeout", List.of("trace")),
            new TestResult("a.spec.ts", "pays", "chromium", TestOutcome.SKIPPED, 0, 0, null, List.of()));
    private static final ReportCounts COUNTS = new ReportCounts(3, 1, 0, 1, 1, 0);

    private AggregateTestFixture<TestReport> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TestReport.class);
    }

    private static IngestTestReport ingest(
            ReportStatus status, ReportCounts counts, String incomplete, List<String> errors, Integer shard) {
        return new IngestTestReport(
                R,
                P,
                ORG,
                TestTool.PLAYWRIGHT,
                "1.59.1",
                RUN_AT,
                "abc1234",
                "main",
                "ci",
                900L,
                status,
                counts,
                shard,
                shard == null ? null : 2,
                incomplete,
                errors,
                RAW,
                4096,
                RESULTS);
    }

    private static TestReportIngested ingested() {
        return new TestReportIngested(
                R,
                P,
                ORG,
                TestTool.PLAYWRIGHT,
                "1.59.1",
                RUN_AT,
                "abc1234",
                "main",
                "ci",
                900L,
                ReportStatus.PASSED,
                COUNTS,
                null,
                null,
                null,
                List.of(),
                RAW,
                4096,
                RESULTS);
    }

    @Test
    void recordsAReportWithItsResults() {
        fixture.givenNoPriorActivity()
                .when(ingest(ReportStatus.PASSED, COUNTS, null, List.of(), null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(ingested());
    }

    @Test
    void refusesCountsThatDisagreeWithTheResults() {
        fixture.givenNoPriorActivity()
                .when(ingest(ReportStatus.PASSED, new ReportCounts(3, 2, 0, 0, 1, 0), null, List.of(), null))
                .expectNoEvents()
                .expectException(rejected(Rejection.INVALID, "counts"));
    }

    @Test
    void refusesAStatusThatDisagreesWithTheCountsErrorsOrCompleteness() {
        fixture.givenNoPriorActivity()
                .when(ingest(ReportStatus.PASSED, COUNTS, null, List.of("global setup failed"), null))
                .expectNoEvents()
                .expectException(rejected(Rejection.INVALID, "status"));
        fixture.givenNoPriorActivity()
                .when(ingest(ReportStatus.PASSED, COUNTS, "shard 1 of 2", List.of(), 1))
                .expectNoEvents()
                .expectException(rejected(Rejection.INVALID, "status"));
        fixture.givenNoPriorActivity()
                .when(ingest(ReportStatus.PARTIAL, COUNTS, "shard 1 of 2", List.of(), 1))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesAShardOutsideItsRun() {
        fixture.givenNoPriorActivity()
                .when(ingest(ReportStatus.PARTIAL, COUNTS, "shard 3 of 2", List.of(), 3))
                .expectNoEvents()
                .expectException(rejected(Rejection.INVALID, "shard_index"));
    }

    @Test
    void expiresItsRawReportOnce() {
        fixture.given(ingested())
                .when(new ExpireRawReport(R, true))
                .expectEvents(new RawReportExpired(R, P, ORG, RAW, true))
                .expectResultMessagePayload(true);
        fixture.given(ingested(), new RawReportExpired(R, P, ORG, RAW, false))
                .when(new ExpireRawReport(R, true))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }
}
