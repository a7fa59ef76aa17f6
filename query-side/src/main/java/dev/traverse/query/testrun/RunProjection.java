package dev.traverse.query.testrun;

import dev.traverse.api.testrun.HistoryElement;
import dev.traverse.api.testrun.HistoryRecorded;
import dev.traverse.api.testrun.RunState;
import dev.traverse.api.testrun.TestRunFinished;
import dev.traverse.api.testrun.TestRunStarted;
import dev.traverse.query.QuerySideConfiguration;
import dev.traverse.query.rows.GuardedUpdate;
import dev.traverse.query.rows.Rows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code test_run}, {@code history_element} and {@code test_case_run_stats}. The statistics are counters, so
 * they move only when the run row took the event: a replayed event counts nothing twice.
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
        int inserted = jdbc.update(
                """
                INSERT INTO test_run (id, test_traversal_id, test_case_id, project_id, organization_id, run_type, state,
                                      traversal_version, test_config, repairs_run_id, started_at, deadline, version,
                                      created_at, updated_at, last_event_seq)
                VALUES (?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?::jsonb, ?, ?, ?, 1, ?, ?, ?) ON CONFLICT (id) DO NOTHING
                """,
                event.runId(),
                event.traversalId(),
                event.testCaseId(),
                event.projectId(),
                event.organizationId(),
                event.runType().name(),
                event.traversalVersion(),
                Rows.json(event.testConfig()),
                event.repairsRunId(),
                Rows.utc(event.startedAt()),
                Rows.utc(event.deadline()),
                Rows.utc(at),
                Rows.utc(at),
                sequence);
        if (inserted == 1) {
            jdbc.update(
                    """
                    INSERT INTO test_case_run_stats (test_case_id, project_id, organization_id, runs, running, passed,
                                                     failed, repairs, total_duration_ms, last_run_id, last_state,
                                                     last_started_at)
                    VALUES (?, ?, ?, 1, 1, 0, 0, 0, 0, ?, 'RUNNING', ?)
                    ON CONFLICT (test_case_id) DO UPDATE SET
                        runs = test_case_run_stats.runs + 1,
                        running = test_case_run_stats.running + 1,
                        last_run_id = CASE WHEN test_case_run_stats.last_started_at > EXCLUDED.last_started_at
                                           THEN test_case_run_stats.last_run_id ELSE EXCLUDED.last_run_id END,
                        last_state = CASE WHEN test_case_run_stats.last_started_at > EXCLUDED.last_started_at
                                          THEN test_case_run_stats.last_state ELSE 'RUNNING' END,
                        last_started_at = greatest(test_case_run_stats.last_started_at, EXCLUDED.last_started_at)
                    """,
                    event.testCaseId(),
                    event.projectId(),
                    event.organizationId(),
                    event.runId(),
                    Rows.utc(event.startedAt()));
        }
    }

    @EventHandler
    void on(HistoryRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        List<HistoryElement> elements = event.elements();
        if (!GuardedUpdate.apply(
                jdbc,
                "test_run",
                "history_count = history_count + ?",
                event.runId(),
                sequence + 1,
                sequence,
                at,
                elements.size())) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        for (HistoryElement element : elements) {
            rows.add(new Object[] {
                element.historyElementId(),
                event.runId(),
                element.idxInRun(),
                element.actionId(),
                Rows.utc(element.actionStartedAt()),
                Rows.utc(element.actionFinishedAt()),
                element.historyElementState().name(),
                element.screenshot(),
                event.organizationId()
            });
        }
        jdbc.batchUpdate("""
                INSERT INTO history_element (id, test_run_id, idx_in_run, action_id, action_started_at,
                                             action_finished_at, history_element_state, screenshot, organization_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
    }

    @EventHandler
    void on(TestRunFinished event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (!GuardedUpdate.apply(
                jdbc,
                "test_run",
                "state = ?, finished_at = ?, repair_was_needed = ?, run_gif = ?, failure_reason = ?",
                event.runId(),
                sequence + 1,
                sequence,
                at,
                event.state().name(),
                Rows.utc(event.finishedAt()),
                event.repairWasNeeded(),
                event.runGif(),
                event.failureReason())) {
            return;
        }
        boolean passed = event.state() == RunState.PASSED;
        jdbc.update(
                """
                UPDATE test_case_run_stats s SET
                    running = s.running - 1,
                    passed = s.passed + ?,
                    failed = s.failed + ?,
                    repairs = s.repairs + ?,
                    total_duration_ms = s.total_duration_ms
                        + (SELECT greatest(0, (extract(epoch FROM (? - r.started_at)) * 1000)::bigint)
                           FROM test_run r WHERE r.id = ?),
                    last_state = CASE WHEN s.last_run_id = ? THEN ? ELSE s.last_state END
                WHERE s.test_case_id = ?
                """,
                passed ? 1 : 0,
                passed ? 0 : 1,
                event.repairWasNeeded() ? 1 : 0,
                Rows.utc(event.finishedAt()),
                event.runId(),
                event.runId(),
                event.state().name(),
                event.testCaseId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE test_run, history_element, test_case_run_stats");
    }
}
