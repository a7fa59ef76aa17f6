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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The run and cost projections write a processor batch set by set; these tests hold them to what event-by-event
 * application writes. Twelve runs of three test cases are interleaved as concurrent agents' runs are, with starts out
 * of time order, several models per run and two days of usage; the read model after batches of every size equals the
 * one after one event per batch, and replays in batches (whole, or overlapping the runs' middles) change nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunBatchesIT {

    private static final String[] TABLES = {
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
    private static final Instant T0 = Instant.parse("2026-01-01T08:00:00Z");
    private static final String[] MODELS = {"gpt-4o", "claude-sonnet-4", "gemini-2.5-pro"};

    private ReadModel readModel;
    private List<EventMessage<?>> history;
    private Map<String, List<Map<String, Object>>> oneByOne;

    @BeforeAll
    void project() {
        readModel = ReadModel.create();
        history = interleaved(readModel);
        readModel.applyInBatches(history, 1);
        oneByOne = readModel.snapshot(TABLES);
    }

    @AfterAll
    void close() {
        readModel.close();
    }

    /** Each run: start, history and usage alternating, finish; run i's events in round-robin with the others'. */
    private static List<EventMessage<?>> interleaved(ReadModel rm) {
        List<List<Object>> runs = new ArrayList<>();
        for (int r = 0; r < 12; r++) {
            String run = "r" + r;
            String testCase = "tc" + (r % 3);
            // Starts out of time order: run 5 starts before runs 3 and 4 in time but after them in the stream.
            Instant started = T0.plusSeconds(r == 5 ? 10 : 60L * r);
            List<Object> events = new ArrayList<>();
            events.add(new TestRunStarted(
                    run,
                    "t" + testCase,
                    testCase,
                    P,
                    ORG,
                    r % 2 == 0 ? RunType.AGENTIC : RunType.REPLAY,
                    1,
                    Map.of("model", MODELS[r % 3]),
                    null,
                    started,
                    started.plusSeconds(7200)));
            for (int step = 0; step < 4; step++) {
                List<HistoryElement> elements = new ArrayList<>();
                for (int k = 0; k <= step % 2; k++) {
                    int idx = elements.size() + step * 2;
                    elements.add(new HistoryElement(
                            run + "h" + idx,
                            idx,
                            "a" + idx,
                            started.plusSeconds(idx),
                            started.plusSeconds(idx + 1),
                            (r + idx) % 5 == 0 ? HistoryElementState.FAILED : HistoryElementState.PASSED,
                            null));
                }
                events.add(new HistoryRecorded(run, "t" + testCase, testCase, P, ORG, elements));
                events.add(new UsageRecorded(
                        run,
                        "t" + testCase,
                        testCase,
                        P,
                        ORG,
                        List.of(
                                usage(step * 2, MODELS[(r + step) % 3], 1000 + r * 10 + step, 100 + step),
                                usage(step * 2 + 1, MODELS[r % 3], 500 + step, 50 + r))));
            }
            if (r != 11) {
                events.add(new TestRunFinished(
                        run,
                        "t" + testCase,
                        testCase,
                        P,
                        ORG,
                        r % 4 == 1 ? RunState.FAILED : RunState.PASSED,
                        started.plusSeconds(30 + r),
                        r % 3 == 2,
                        null,
                        r % 4 == 1 ? "step 3 failed" : null));
            }
            runs.add(events);
        }
        // The stream's event times cross midnight: usage rolls up into two days.
        rm.clock(Instant.parse("2026-01-01T23:59:59.950Z"));
        List<EventMessage<?>> stream = new ArrayList<>();
        for (int position = 0; ; position++) {
            boolean any = false;
            for (int r = 0; r < runs.size(); r++) {
                if (position < runs.get(r).size()) {
                    stream.add(rm.event("r" + r, runs.get(r).get(position)));
                    any = true;
                }
            }
            if (!any) {
                return stream;
            }
        }
    }

    private static Usage usage(int idx, String model, long in, long out) {
        BigDecimal dollars = BigDecimal.valueOf(in * 25 + out * 100, 7);
        return new Usage(idx, model, in, out, null, null, dollars, "caller");
    }

    @Test
    void oneEventPerBatchCountsEveryRunAndEveryUsageOnce() {
        var jdbc = readModel.jdbc();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM test_run", Long.class))
                .isEqualTo(12);
        assertThat(jdbc.queryForObject("SELECT sum(history_count) FROM test_run", Long.class))
                .isEqualTo(12 * 6);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM history_element", Long.class))
                .isEqualTo(12 * 6);
        assertThat(jdbc.queryForMap("SELECT runs, running, passed, failed, repairs, last_run_id, last_state,"
                        + " total_duration_ms FROM test_case_run_stats WHERE test_case_id = 'tc2'"))
                .containsEntry("runs", 4L)
                .containsEntry("running", 1L)
                .containsEntry("passed", 2L)
                .containsEntry("failed", 1L)
                .containsEntry("repairs", 3L)
                .containsEntry("last_run_id", "r11")
                .containsEntry("last_state", "RUNNING")
                .containsEntry("total_duration_ms", (32L + 35 + 38) * 1000);
        assertThat(jdbc.queryForObject("SELECT model_type FROM cost WHERE id = 'r0'", String.class))
                .isEqualTo("mixed");
        BigDecimal usage = jdbc.queryForObject("SELECT sum(cost_in_dollars) FROM usage", BigDecimal.class);
        assertThat(jdbc.queryForObject("SELECT sum(cost_in_dollars) FROM cost", BigDecimal.class))
                .isEqualByComparingTo(usage);
        assertThat(jdbc.queryForObject("SELECT sum(cost_in_dollars) FROM cost_rollup_daily", BigDecimal.class))
                .isEqualByComparingTo(usage);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT day) FROM cost_rollup_daily", Long.class))
                .isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 5, 13, 40, 1000})
    void batchesOfAnySizeWriteWhatOneEventPerBatchWrites(int batchSize) {
        readModel.reset();
        readModel.applyInBatches(history, batchSize);
        assertThat(readModel.snapshot(TABLES)).isEqualTo(oneByOne);
    }

    @Test
    void replayedBatchesChangeNothing() {
        readModel.reset();
        readModel.applyInBatches(history, 7);
        readModel.applyInBatches(history, 1000);
        readModel.applyInBatches(history.subList(30, history.size()), 11);
        // A batch of events some runs have seen and some have not.
        readModel.reset();
        readModel.applyInBatches(history.subList(0, 50), 50);
        readModel.applyInBatches(history.subList(20, history.size()), 64);
        assertThat(readModel.snapshot(TABLES)).isEqualTo(oneByOne);
    }
}
