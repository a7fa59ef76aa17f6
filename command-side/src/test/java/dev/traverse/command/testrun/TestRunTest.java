package dev.traverse.command.testrun;

import static dev.traverse.command.rejection.Rejected.rejected;

import dev.traverse.api.testrun.FinishTestRun;
import dev.traverse.api.testrun.HistoryElement;
import dev.traverse.api.testrun.HistoryElementState;
import dev.traverse.api.testrun.HistoryRecorded;
import dev.traverse.api.testrun.RecordHistory;
import dev.traverse.api.testrun.RecordUsage;
import dev.traverse.api.testrun.RunState;
import dev.traverse.api.testrun.RunType;
import dev.traverse.api.testrun.StartTestRun;
import dev.traverse.api.testrun.TestRunFinished;
import dev.traverse.api.testrun.TestRunStarted;
import dev.traverse.api.testrun.Usage;
import dev.traverse.api.testrun.UsageRecorded;
import dev.traverse.command.rejection.Rejection;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TestRunTest {

    private static final String R = "run1";
    private static final String T = "tr1";
    private static final String TC = "tc1";
    private static final String P = "p1";
    private static final String ORG = "org1";
    private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant DEADLINE = START.plus(Duration.ofHours(2));
    private AggregateTestFixture<TestRun> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TestRun.class);
    }

    private static TestRunStarted started(RunType type, String repairs) {
        return new TestRunStarted(R, T, TC, P, ORG, type, 1, Map.of("model", "gpt-4o"), repairs, START, DEADLINE);
    }

    private static HistoryElement element(String id, int idx, HistoryElementState state) {
        return new HistoryElement(id, idx, "a" + idx, START.plusSeconds(idx), START.plusSeconds(idx + 1), state, null);
    }

    private static Usage usage(int idx, String model, BigDecimal dollars, String source) {
        return new Usage(idx, model, 1000, 200, null, null, dollars, source);
    }

    @Test
    void startsAndSchedulesItsDeadline() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(START)
                .when(new StartTestRun(
                        R, T, TC, P, ORG, RunType.AGENTIC, 1, Map.of("model", "gpt-4o"), null, START, DEADLINE))
                .expectEvents(started(RunType.AGENTIC, null))
                .expectScheduledDeadlineWithName(Duration.ofHours(2), TestRun.DEADLINE);
    }

    @Test
    void onlyAnAgenticRunRepairs() {
        fixture.givenNoPriorActivity()
                .when(new StartTestRun(R, T, TC, P, ORG, RunType.REPLAY, 1, Map.of(), "old", START, DEADLINE))
                .expectNoEvents()
                .expectException(rejected(Rejection.INVALID, "repairs_run_id"));
        fixture.givenNoPriorActivity()
                .when(new StartTestRun(R, T, TC, P, ORG, null, 1, Map.of(), null, START, DEADLINE))
                .expectNoEvents()
                .expectException(rejected(Rejection.INVALID, "run_type"));
    }

    @Test
    void recordsHistoryAndSkipsRetries() {
        fixture.given(started(RunType.REPLAY, null))
                .when(new RecordHistory(R, List.of(element("h0", 0, HistoryElementState.PASSED))))
                .expectEvents(
                        new HistoryRecorded(R, T, TC, P, ORG, List.of(element("h0", 0, HistoryElementState.PASSED))));
        fixture.given(
                        started(RunType.REPLAY, null),
                        new HistoryRecorded(R, T, TC, P, ORG, List.of(element("h0", 0, HistoryElementState.PASSED))))
                .when(new RecordHistory(
                        R,
                        List.of(
                                element("retry", 0, HistoryElementState.PASSED),
                                element("h1", 1, HistoryElementState.FAILED))))
                .expectEvents(
                        new HistoryRecorded(R, T, TC, P, ORG, List.of(element("h1", 1, HistoryElementState.FAILED))))
                .expectResultMessagePayload(List.of(
                        element("h0", 0, HistoryElementState.PASSED), element("h1", 1, HistoryElementState.FAILED)));
    }

    @Test
    void rejectsHistoryThatEndsBeforeItStarts() {
        HistoryElement backwards =
                new HistoryElement("h0", 0, "a0", START.plusSeconds(5), START, HistoryElementState.PASSED, null);
        fixture.given(started(RunType.REPLAY, null))
                .when(new RecordHistory(R, List.of(backwards)))
                .expectNoEvents()
                .expectException(rejected(Rejection.INVALID, "elements[0].action_finished_at"));
    }

    @Test
    void rejectsHistoryGapsAndRewrites() {
        fixture.given(started(RunType.REPLAY, null))
                .when(new RecordHistory(R, List.of(element("h3", 3, HistoryElementState.PASSED))))
                .expectNoEvents()
                .expectException(rejected(Rejection.CONFLICT, "elements[0].idx_in_run"));
        fixture.given(
                        started(RunType.REPLAY, null),
                        new HistoryRecorded(R, T, TC, P, ORG, List.of(element("h0", 0, HistoryElementState.PASSED))))
                .when(new RecordHistory(R, List.of(element("h0", 0, HistoryElementState.FAILED))))
                .expectNoEvents()
                .expectException(rejected(Rejection.CONFLICT, "elements[0].idx_in_run"));
    }

    @Test
    void recordsUsageSeveralTimes() {
        Usage first = usage(0, "gpt-4o", new BigDecimal("0.0045"), "gpt-4o*");
        Usage second = usage(1, "claude-sonnet-4", new BigDecimal("0.006"), "claude-sonnet-4*");
        fixture.given(started(RunType.AGENTIC, null), new UsageRecorded(R, T, TC, P, ORG, List.of(first)))
                .when(new RecordUsage(R, List.of(first, second)))
                .expectEvents(new UsageRecorded(R, T, TC, P, ORG, List.of(second)));
    }

    @Test
    void aUsageRetryPricedDifferentlyIsStillARetry() {
        Usage first = usage(0, "gpt-4o", new BigDecimal("0.0045"), "gpt-4o*");
        Usage repriced = usage(0, "gpt-4o", new BigDecimal("0.0050"), "gpt-4o*");
        fixture.given(started(RunType.AGENTIC, null), new UsageRecorded(R, T, TC, P, ORG, List.of(first)))
                .when(new RecordUsage(R, List.of(repriced)))
                .expectNoEvents();
        Usage callerChanged = usage(0, "gpt-4o", new BigDecimal("9"), "caller");
        fixture.given(
                        started(RunType.AGENTIC, null),
                        new UsageRecorded(R, T, TC, P, ORG, List.of(usage(0, "gpt-4o", BigDecimal.ONE, "caller"))))
                .when(new RecordUsage(R, List.of(callerChanged)))
                .expectNoEvents()
                .expectException(rejected(Rejection.CONFLICT, "usages[0].idx"));
    }

    @Test
    void finishesAndCancelsItsDeadline() {
        Instant end = START.plusSeconds(90);
        fixture.given(started(RunType.REPLAY, null))
                .when(new FinishTestRun(R, RunState.PASSED, end, null, null))
                .expectEvents(new TestRunFinished(R, T, TC, P, ORG, RunState.PASSED, end, false, null, null))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aRepairingRunSaysSoWhenItFinishes() {
        Instant end = START.plusSeconds(90);
        fixture.given(started(RunType.AGENTIC, "run0"))
                .when(new FinishTestRun(R, RunState.PASSED, end, null, "f".repeat(64)))
                .expectEvents(new TestRunFinished(R, T, TC, P, ORG, RunState.PASSED, end, true, "f".repeat(64), null));
    }

    @Test
    void rejectsFinishingRunningOrBeforeTheStart() {
        fixture.given(started(RunType.REPLAY, null))
                .when(new FinishTestRun(R, RunState.RUNNING, null, null, null))
                .expectNoEvents()
                .expectException(rejected(Rejection.INVALID, "state"));
        fixture.given(started(RunType.REPLAY, null))
                .when(new FinishTestRun(R, RunState.PASSED, START.minusSeconds(1), null, null))
                .expectNoEvents()
                .expectException(rejected(Rejection.INVALID, "finished_at"));
    }

    @Test
    void aFinishedRunAcceptsNothingMore() {
        TestRunFinished finished =
                new TestRunFinished(R, T, TC, P, ORG, RunState.FAILED, START.plusSeconds(9), false, null, null);
        fixture.given(started(RunType.REPLAY, null), finished)
                .when(new RecordHistory(R, List.of(element("h0", 0, HistoryElementState.PASSED))))
                .expectNoEvents()
                .expectException(rejected(Rejection.CONFLICT, null));
        fixture.given(started(RunType.REPLAY, null), finished)
                .when(new RecordUsage(R, List.of(usage(0, "gpt-4o", BigDecimal.ONE, "caller"))))
                .expectNoEvents()
                .expectException(rejected(Rejection.CONFLICT, null));
        fixture.given(started(RunType.REPLAY, null), finished)
                .when(new FinishTestRun(R, RunState.PASSED, null, null, null))
                .expectNoEvents()
                .expectException(rejected(Rejection.CONFLICT, null));
    }

    @Test
    void aRunNobodyFinishesFailsAtItsDeadlineWithTheReason() {
        fixture.givenCurrentTime(START)
                .andGivenCommands(new StartTestRun(
                        R, T, TC, P, ORG, RunType.REPLAY, 1, Map.of("model", "gpt-4o"), null, START, DEADLINE))
                .whenTimeElapses(Duration.ofHours(2).plusSeconds(1))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.hamcrest.Matchers.<Object>allOf(
                                        org.hamcrest.Matchers.instanceOf(TestRunFinished.class),
                                        org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString(
                                                "failureReason=the run was not finished before its deadline")),
                                        org.hamcrest.Matchers.hasToString(
                                                org.hamcrest.Matchers.containsString("state=FAILED"))),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }
}
