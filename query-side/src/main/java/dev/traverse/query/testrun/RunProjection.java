package dev.traverse.query.testrun;

import dev.traverse.api.testrun.HistoryRecorded;
import dev.traverse.api.testrun.TestRunFinished;
import dev.traverse.api.testrun.TestRunStarted;
import dev.traverse.query.QuerySideConfiguration;
import dev.traverse.query.rows.ProjectionBatch;
import java.time.Instant;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code test_run}, {@code history_element} and {@code test_case_run_stats}. The statistics are counters, so
 * they move only when the run row took the event: a replayed event counts nothing twice. The events of a processor
 * batch are written together when it commits ({@link RunBatch}).
 */
@Component
@ProcessingGroup(QuerySideConfiguration.RUNS)
class RunProjection {

    private final JdbcTemplate jdbc;

    RunProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TestRunStarted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        batch(runs -> runs.started(event, sequence, at));
    }

    @EventHandler
    void on(HistoryRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        batch(runs -> runs.history(event, sequence, at));
    }

    @EventHandler
    void on(TestRunFinished event, @SequenceNumber long sequence, @Timestamp Instant at) {
        batch(runs -> runs.finished(event, sequence, at));
    }

    private void batch(Consumer<RunBatch> write) {
        ProjectionBatch.write(RunBatch.ORDER, RunBatch.class, () -> new RunBatch(jdbc), write);
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE test_run, history_element, test_case_run_stats");
    }
}
