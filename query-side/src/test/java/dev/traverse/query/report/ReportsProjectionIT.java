package dev.traverse.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.api.report.RawReportExpired;
import dev.traverse.api.report.ReportCounts;
import dev.traverse.api.report.ReportStatus;
import dev.traverse.api.report.TestOutcome;
import dev.traverse.api.report.TestReportIngested;
import dev.traverse.api.report.TestResult;
import dev.traverse.api.report.TestTool;
import dev.traverse.query.ReadModel;
import dev.traverse.query.report.ReportViews.FailureGroupView;
import dev.traverse.query.report.ReportViews.FlakyTestView;
import dev.traverse.query.report.ReportViews.TestHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The report projections on a real PostgreSQL, fed six runs on two branches (one pushed late): runs with their
 * counts, every result, per-test statistics, history newest first, flakiness per branch window, failure groups, and
 * replays or rebuilds that change nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsProjectionIT {

    private static final String[] TABLES = {"report_run", "test_result", "test_stats"};
    private static final String ORG = "org1";
    private static final String P = "p1";
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final String STABLE = "a.spec.ts › stable [chromium]";
    private static final String FLIPS = "a.spec.ts › flips [chromium]";
    private static final String RETRIED = "a.spec.ts › retried [chromium]";

    private ReadModel readModel;
    private List<EventMessage<?>> history;

    @BeforeAll
    void project() {
        readModel = ReadModel.create();
        history = scenario(readModel);
        readModel.apply(history);
    }

    @AfterAll
    void close() {
        readModel.close();
    }

    private static TestResult test(String title, TestOutcome outcome, String error) {
        int attempts = outcome == TestOutcome.FLAKY ? 2 : outcome == TestOutcome.SKIPPED ? 0 : 1;
        return new TestResult("a.spec.ts", title, "chromium", outcome, attempts, 100L * attempts, error, List.of());
    }

    private static EventMessage<?> run(
            ReadModel rm, String id, String branch, int hour, TestOutcome flips, TestOutcome retried, String error) {
        List<TestResult> results = List.of(
                test("stable", TestOutcome.PASSED, null),
                test("flips", flips, flips == TestOutcome.FAILED ? error : null),
                test("retried", retried, retried == TestOutcome.FLAKY ? "socket hang up" : null),
                test("later", TestOutcome.SKIPPED, null));
        ReportCounts counts = ReportCounts.of(results);
        return rm.event(
                id,
                new TestReportIngested(
                        id,
                        P,
                        ORG,
                        TestTool.PLAYWRIGHT,
                        "1.59.1",
                        T0.plus(Duration.ofHours(hour)),
                        "abc" + hour + "def0",
                        branch,
                        "ci",
                        60_000L,
                        counts.failed() > 0 ? ReportStatus.FAILED : ReportStatus.PASSED,
                        counts,
                        null,
                        null,
                        null,
                        List.of(),
                        ("%064d").formatted(hour),
                        2048,
                        results));
    }

    static List<EventMessage<?>> scenario(ReadModel rm) {
        TestOutcome pass = TestOutcome.PASSED;
        TestOutcome fail = TestOutcome.FAILED;
        TestOutcome flaky = TestOutcome.FLAKY;
        List<EventMessage<?>> events = new ArrayList<>();
        events.add(run(rm, "m1", "main", 0, pass, pass, null));
        events.add(run(rm, "m2", "main", 1, fail, flaky, "Test timeout of 1000ms exceeded."));
        // m4 is pushed before m3, which ran earlier: order follows run_at, not pushes.
        events.add(run(rm, "m4", "main", 3, fail, flaky, "Test timeout of 30000ms exceeded."));
        events.add(run(rm, "m3", "main", 2, pass, pass, null));
        events.add(run(rm, "f1", "feature", 4, pass, pass, null));
        events.add(
                run(rm, "f2", "feature", 5, fail, pass, "expect(received).toBe(expected)\n\nExpected: 4\nReceived: 3"));
        events.add(rm.event("m1", new RawReportExpired("m1", P, ORG, "%064d".formatted(0), true)));
        return events;
    }

    @Test
    void keepsRunsWithCountsAndEveryResult() {
        var jdbc = readModel.jdbc();
        assertThat(jdbc.queryForMap(
                        "SELECT status, total, passed, failed, flaky, skipped, todo, branch, raw_expired_at IS NULL AS kept,"
                                + " raw_deleted, version FROM report_run WHERE id = 'm2'"))
                .containsEntry("status", "failed")
                .containsEntry("total", 4)
                .containsEntry("passed", 1)
                .containsEntry("failed", 1)
                .containsEntry("flaky", 1)
                .containsEntry("skipped", 1)
                .containsEntry("todo", 0)
                .containsEntry("branch", "main")
                .containsEntry("kept", true);
        assertThat(jdbc.queryForMap("SELECT raw_expired_at IS NULL AS kept, raw_deleted, version FROM report_run"
                        + " WHERE id = 'm1'"))
                .containsEntry("kept", false)
                .containsEntry("raw_deleted", true)
                .containsEntry("version", 2L);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM test_result", Long.class))
                .isEqualTo(24);
        assertThat(jdbc.queryForObject(
                        "SELECT error_group FROM test_result WHERE report_id = 'm2' AND test_key = ?",
                        String.class,
                        FLIPS))
                .isEqualTo("Test timeout of <n>ms exceeded.");
    }

    @Test
    void countsEveryTestAcrossRunsAndTakesTheLastOutcomeByRunTime() {
        var stats = readModel.bean(TestQueries.class).stats(P, FLIPS).orElseThrow();
        assertThat(stats.runs()).isEqualTo(6);
        assertThat(stats.passed()).isEqualTo(3);
        assertThat(stats.failed()).isEqualTo(3);
        assertThat(stats.averageDuration()).isEqualTo(100);
        // f2 (hour 5) is the newest run; m3 was pushed last but ran before m4.
        assertThat(stats.lastOutcome()).isEqualTo("failed");
        assertThat(stats.lastReportId()).isEqualTo("f2");
        assertThat(stats.firstRunAt()).isEqualTo(T0);
    }

    @Test
    void historyListsEveryResultNewestFirstAcrossBranchesInPages() {
        TestQueries queries = readModel.bean(TestQueries.class);
        TestHistory first = queries.history(P, FLIPS, null, 4, null);
        assertThat(first.data()).extracting(entry -> entry.reportId()).containsExactly("f2", "f1", "m4", "m3");
        assertThat(first.data().get(0).errorMessage()).startsWith("expect(received)");
        TestHistory second = queries.history(P, FLIPS, null, 4, first.nextCursor());
        assertThat(second.data()).extracting(entry -> entry.reportId()).containsExactly("m2", "m1");
        assertThat(second.nextCursor()).isNull();
        assertThat(queries.history(P, FLIPS, "main", 50, null).data())
                .extracting(entry -> entry.outcome())
                .containsExactly("failed", "passed", "failed", "passed");
    }

    @Test
    void flakinessCountsFlipsPerBranchAndRetriedPasses() {
        TestQueries queries = readModel.bean(TestQueries.class);
        // main, by run time: flips P F P F = 3 flips; feature: P F = 1 flip. retried: flaky twice on main.
        List<FlakyTestView> all = queries.flaky(P, null, 20, 50);
        assertThat(all).extracting(FlakyTestView::testKey).containsExactly(FLIPS, RETRIED);
        assertThat(all.get(0).flips()).isEqualTo(4);
        assertThat(all.get(0).flakyRuns()).isZero();
        assertThat(all.get(0).failures()).isEqualTo(3);
        assertThat(all.get(0).score()).isEqualTo(4);
        assertThat(all.get(0).lastOutcome()).isEqualTo("failed");
        assertThat(all.get(1).flips()).isZero();
        assertThat(all.get(1).flakyRuns()).isEqualTo(2);
        assertThat(all.get(1).score()).isEqualTo(2);
        // The last 2 runs of main (m3, m4): flips P F once; retried was flaky in m4 only.
        List<FlakyTestView> recent = queries.flaky(P, "main", 2, 50);
        assertThat(recent)
                .extracting(FlakyTestView::testKey, FlakyTestView::score)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FLIPS, 1L),
                        org.assertj.core.groups.Tuple.tuple(RETRIED, 1L));
        assertThat(queries.flaky(P, "feature", 20, 50))
                .extracting(FlakyTestView::testKey)
                .containsExactly(FLIPS);
        assertThat(queries.flaky(P, null, 20, 50))
                .noneMatch(test -> test.testKey().equals(STABLE));
    }

    @Test
    void groupsFailuresByNormalizedMessage() {
        List<FailureGroupView> groups = readModel
                .bean(TestQueries.class)
                .failureGroups(P, new TestQueries.FailureFilter(null, null, null, null), 50);
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).errorGroup()).isEqualTo("Test timeout of <n>ms exceeded.");
        assertThat(groups.get(0).failures()).isEqualTo(2);
        assertThat(groups.get(0).reports()).isEqualTo(2);
        assertThat(groups.get(0).testKeys()).containsExactly(FLIPS);
        assertThat(groups.get(1).errorGroup()).isEqualTo("expect(received).toBe(expected) Expected: <n> Received: <n>");
        assertThat(readModel
                        .bean(TestQueries.class)
                        .failureGroups(P, new TestQueries.FailureFilter("m2", null, null, null), 50))
                .singleElement()
                .satisfies(group -> assertThat(group.failures()).isEqualTo(1));
    }

    @Test
    void replayingEverythingCountsNothingTwice() {
        var before = readModel.snapshot(TABLES);
        readModel.apply(history);
        readModel.apply(history.subList(3, history.size()));
        assertThat(readModel.snapshot(TABLES)).isEqualTo(before);
    }

    @Test
    void rebuildingFromScratchGivesTheSameReadModel() {
        var before = readModel.snapshot(TABLES);
        readModel.reset();
        readModel.apply(history);
        assertThat(readModel.snapshot(TABLES)).isEqualTo(before);
    }
}
