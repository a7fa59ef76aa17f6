package dev.traverse.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.api.testrun.HistoryElement;
import dev.traverse.api.testrun.HistoryElementState;
import dev.traverse.api.testrun.HistoryRecorded;
import dev.traverse.api.testrun.RunState;
import dev.traverse.api.testrun.RunType;
import dev.traverse.api.testrun.TestRunFinished;
import dev.traverse.api.testrun.TestRunStarted;
import dev.traverse.api.testrun.Usage;
import dev.traverse.api.testrun.UsageRecorded;
import dev.traverse.api.traversal.Action;
import dev.traverse.api.traversal.BrainState;
import dev.traverse.api.traversal.BrainStatesRecorded;
import dev.traverse.api.traversal.HistoryImported;
import dev.traverse.api.traversal.TraversalCreated;
import dev.traverse.api.traversal.TraversalVersionStarted;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The run projections on a real PostgreSQL: paths in versions, runs with history, usage priced into costs and
 * rollups that add up to the cent, run statistics, and replays that count nothing twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunsProjectionIT {

    private static final String[] TABLES = {
        "test_traversal",
        "traversal_version",
        "traversal_import",
        "brain_state",
        "action",
        "test_run",
        "history_element",
        "usage",
        "cost",
        "cost_rollup_daily",
        "cost_rollup_project_daily",
        "cost_rollup_monthly",
        "test_case_run_stats"
    };
    private static final String ORG = "org1";
    private static final String P = "p1";
    private static final String TC = "tc1";
    private static final String T = "tr1";
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

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

    private static BrainState state(int version, int idx) {
        return new BrainState(
                "bs" + version + idx,
                idx,
                true,
                "ok",
                "memory",
                "goal " + idx,
                List.of(
                        new Action(
                                "a" + version + idx + "0",
                                0,
                                Map.of("click", Map.of("index", idx)),
                                Map.of("tag", "A")),
                        new Action("a" + version + idx + "1", 1, Map.of("wait", 1), null)));
    }

    private static Usage usage(int idx, String model, long in, long out, String dollars) {
        return new Usage(idx, model, in, out, null, null, new BigDecimal(dollars), "caller");
    }

    private static HistoryElement element(String run, int idx, String action, HistoryElementState state) {
        return new HistoryElement(
                run + "h" + idx, idx, action, T0.plusSeconds(idx), T0.plusSeconds(idx + 1), state, null);
    }

    static List<EventMessage<?>> scenario(ReadModel rm) {
        List<EventMessage<?>> events = new ArrayList<>();
        events.add(rm.event(T, new TraversalCreated(T, TC, P, ORG, "b1", "order placed")));
        events.add(rm.event(T, new BrainStatesRecorded(T, TC, P, ORG, 1, List.of(state(1, 0), state(1, 1)))));
        events.add(rm.event(
                "r1",
                new TestRunStarted(
                        "r1",
                        T,
                        TC,
                        P,
                        ORG,
                        RunType.AGENTIC,
                        1,
                        Map.of("model", "gpt-4o"),
                        null,
                        T0,
                        T0.plusSeconds(7200))));
        events.add(rm.event(
                "r1",
                new HistoryRecorded(
                        "r1",
                        T,
                        TC,
                        P,
                        ORG,
                        List.of(
                                element("r1", 0, "a100", HistoryElementState.PASSED),
                                element("r1", 1, "a110", HistoryElementState.PASSED)))));
        events.add(rm.event(
                "r1",
                new UsageRecorded(
                        "r1",
                        T,
                        TC,
                        P,
                        ORG,
                        List.of(
                                usage(0, "gpt-4o", 1000, 200, "0.0045"),
                                usage(1, "claude-sonnet-4", 500, 100, "0.003")))));
        events.add(rm.event(
                "r1",
                new TestRunFinished("r1", T, TC, P, ORG, RunState.PASSED, T0.plusSeconds(60), false, null, null)));
        events.add(rm.event(
                "r2",
                new TestRunStarted(
                        "r2",
                        T,
                        TC,
                        P,
                        ORG,
                        RunType.REPLAY,
                        1,
                        Map.of(),
                        null,
                        T0.plusSeconds(100),
                        T0.plusSeconds(7300))));
        events.add(rm.event(
                "r2",
                new HistoryRecorded(
                        "r2", T, TC, P, ORG, List.of(element("r2", 0, "a100", HistoryElementState.FAILED)))));
        events.add(rm.event(
                "r2", new UsageRecorded("r2", T, TC, P, ORG, List.of(usage(0, "gpt-4o", 3000, 10, "0.0076")))));
        events.add(rm.event(
                "r2",
                new TestRunFinished("r2", T, TC, P, ORG, RunState.FAILED, T0.plusSeconds(130), false, null, null)));
        events.add(rm.event(
                "r3",
                new TestRunStarted(
                        "r3",
                        T,
                        TC,
                        P,
                        ORG,
                        RunType.AGENTIC,
                        2,
                        Map.of(),
                        "r2",
                        T0.plusSeconds(200),
                        T0.plusSeconds(7400))));
        events.add(rm.event(T, new TraversalVersionStarted(T, TC, P, ORG, 2, "repair of run r2", "r3")));
        events.add(rm.event(T, new BrainStatesRecorded(T, TC, P, ORG, 2, List.of(state(2, 0)))));
        events.add(
                rm.event("r3", new UsageRecorded("r3", T, TC, P, ORG, List.of(usage(0, "gpt-4o", 100, 100, "0.001")))));
        events.add(rm.event(
                "r3",
                new TestRunFinished("r3", T, TC, P, ORG, RunState.PASSED, T0.plusSeconds(290), true, null, null)));
        events.add(rm.event(T, new HistoryImported(T, TC, P, ORG, 2, null, "f".repeat(64), "browser-use-0.9+", 1)));
        return events;
    }

    @Test
    void keepsEveryPathVersion() {
        var jdbc = readModel.jdbc();
        assertThat(jdbc.queryForObject("SELECT version FROM test_traversal WHERE id = ?", Integer.class, T))
                .isEqualTo(2);
        assertThat(jdbc.queryForList(
                        "SELECT traversal_version || ':' || idx_in_traversal FROM brain_state ORDER BY 1",
                        String.class))
                .containsExactly("1:0", "1:1", "2:0");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM action WHERE traversal_version = 1", Long.class))
                .isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT action->'click'->>'index' FROM action WHERE id = 'a110'", String.class))
                .isEqualTo("1");
        assertThat(jdbc.queryForList("SELECT reason FROM traversal_version ORDER BY version", String.class))
                .containsExactly(null, "repair of run r2");
    }

    @Test
    void keepsRunsWithTheirHistoryAndStatistics() {
        var jdbc = readModel.jdbc();
        assertThat(jdbc.queryForMap(
                        "SELECT state, history_count, repair_was_needed, cost_id FROM test_run WHERE id = 'r1'"))
                .containsEntry("state", "PASSED")
                .containsEntry("history_count", 2)
                .containsEntry("repair_was_needed", false)
                .containsEntry("cost_id", "r1");
        assertThat(jdbc.queryForList(
                        "SELECT history_element_state FROM history_element WHERE test_run_id = 'r2'", String.class))
                .containsExactly("FAILED");
        assertThat(jdbc.queryForMap(
                        "SELECT runs, running, passed, failed, repairs, total_duration_ms, last_run_id, last_state"
                                + " FROM test_case_run_stats WHERE test_case_id = ?",
                        TC))
                .containsEntry("runs", 3L)
                .containsEntry("running", 0L)
                .containsEntry("passed", 2L)
                .containsEntry("failed", 1L)
                .containsEntry("repairs", 1L)
                .containsEntry("total_duration_ms", 60_000L + 30_000L + 90_000L)
                .containsEntry("last_run_id", "r3")
                .containsEntry("last_state", "PASSED");
    }

    @Test
    void costsAreExactAndTheRollupAddsUpToTheRunsToTheCent() {
        var jdbc = readModel.jdbc();
        assertThat(jdbc.queryForMap(
                        "SELECT model_type, input_token_num, completion_token_num, cost_in_dollars, cost_per_token"
                                + " FROM cost WHERE id = 'r1'"))
                .containsEntry("model_type", "mixed")
                .containsEntry("input_token_num", 1500L)
                .containsEntry("completion_token_num", 300L)
                .satisfies(row -> {
                    assertThat((BigDecimal) row.get("cost_in_dollars")).isEqualByComparingTo("0.0075");
                    assertThat((BigDecimal) row.get("cost_per_token")).isEqualByComparingTo("0.000004166667");
                });
        BigDecimal runs = jdbc.queryForObject("SELECT sum(cost_in_dollars) FROM cost", BigDecimal.class);
        BigDecimal rollup = jdbc.queryForObject("SELECT sum(cost_in_dollars) FROM cost_rollup_daily", BigDecimal.class);
        BigDecimal usage = jdbc.queryForObject("SELECT sum(cost_in_dollars) FROM usage", BigDecimal.class);
        assertThat(runs).isEqualByComparingTo("0.0161");
        assertThat(rollup).isEqualByComparingTo(runs);
        assertThat(usage).isEqualByComparingTo(runs);
        assertThat(jdbc.queryForObject(
                        "SELECT cost_in_dollars FROM cost_rollup_daily WHERE model_type = 'gpt-4o'", BigDecimal.class))
                .isEqualByComparingTo("0.0131");
    }

    @Test
    void replayingEverythingCountsNothingTwice() {
        var before = readModel.snapshot(TABLES);
        readModel.apply(history);
        readModel.apply(history.subList(4, history.size()));
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
