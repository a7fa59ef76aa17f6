package dev.traverse.query.testrun;

import dev.traverse.api.testrun.HistoryElement;
import dev.traverse.api.testrun.HistoryRecorded;
import dev.traverse.api.testrun.RunState;
import dev.traverse.api.testrun.TestRunFinished;
import dev.traverse.api.testrun.TestRunStarted;
import dev.traverse.query.rows.ProjectionBatch;
import dev.traverse.query.rows.Rows;
import dev.traverse.query.rows.UnnestRows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The run events of one processor batch, written set by set when the batch commits: new runs in one statement, the
 * run statistics of their test cases in one, then the history rows, the runs' progress, their results and the
 * statistics of the finished ones in one statement each. The result is the one event-by-event application gives: an
 * event moves a run only when it is newer than the run's {@code last_event_seq}, so a replayed event changes nothing
 * and the counters count each event once.
 */
final class RunBatch implements ProjectionBatch.Pending {

    /** Flushed before the cost writes, which mark the runs they cost. */
    static final int ORDER = 10;

    private final JdbcTemplate jdbc;
    private final List<Started> started = new ArrayList<>();
    private final List<Event> later = new ArrayList<>();

    RunBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void started(TestRunStarted event, long sequence, Instant at) {
        started.add(new Started(event, sequence, at));
    }

    void history(HistoryRecorded event, long sequence, Instant at) {
        later.add(new Event(event.runId(), sequence, at, event, null));
    }

    void finished(TestRunFinished event, long sequence, Instant at) {
        later.add(new Event(event.runId(), sequence, at, null, event));
    }

    @Override
    public void flush() {
        if (!started.isEmpty()) {
            Set<String> inserted = insertRuns();
            countStarts(started.stream()
                    .filter(start -> inserted.contains(start.event().runId()))
                    .toList());
        }
        if (!later.isEmpty()) {
            applyProgress();
        }
    }

    private Set<String> insertRuns() {
        UnnestRows rows = new UnnestRows(13);
        for (Started start : started) {
            TestRunStarted event = start.event();
            rows.add(
                    event.runId(),
                    event.traversalId(),
                    event.testCaseId(),
                    event.projectId(),
                    event.organizationId(),
                    event.runType().name(),
                    event.traversalVersion(),
                    Rows.json(event.testConfig()),
                    event.repairsRunId(),
                    event.startedAt(),
                    event.deadline(),
                    start.at(),
                    start.sequence());
        }
        return new HashSet<>(jdbc.query("""
                INSERT INTO test_run (id, test_traversal_id, test_case_id, project_id, organization_id, run_type, state,
                                      traversal_version, test_config, repairs_run_id, started_at, deadline, version,
                                      created_at, updated_at, last_event_seq)
                SELECT u.id, u.traversal_id, u.test_case_id, u.project_id, u.organization_id, u.run_type, 'RUNNING',
                       u.traversal_version, u.test_config::jsonb, u.repairs_run_id, u.started_at, u.deadline, 1, u.at,
                       u.at, u.seq
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::text[],
                            ?::text[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[], ?::bigint[])
                         AS u(id, traversal_id, test_case_id, project_id, organization_id, run_type, traversal_version,
                              test_config, repairs_run_id, started_at, deadline, at, seq)
                ON CONFLICT (id) DO NOTHING
                RETURNING id
                """, rows.parameters(), (rs, row) -> rs.getString(1)));
    }

    /** Adds the new runs to their test cases' statistics; the latest start of the batch competes for "last run". */
    private void countStarts(List<Started> inserted) {
        Map<String, StartCount> byTestCase = new LinkedHashMap<>();
        for (Started start : inserted) {
            TestRunStarted event = start.event();
            byTestCase
                    .computeIfAbsent(event.testCaseId(), id -> new StartCount(event))
                    .add(event);
        }
        if (byTestCase.isEmpty()) {
            return;
        }
        UnnestRows rows = new UnnestRows(6);
        byTestCase.forEach((testCase, count) -> rows.add(
                testCase, count.projectId, count.organizationId, count.runs, count.lastRunId, count.lastStartedAt));
        jdbc.update("""
                INSERT INTO test_case_run_stats (test_case_id, project_id, organization_id, runs, running, passed,
                                                 failed, repairs, total_duration_ms, last_run_id, last_state,
                                                 last_started_at)
                SELECT u.test_case_id, u.project_id, u.organization_id, u.runs, u.runs, 0, 0, 0, 0, u.last_run_id,
                       'RUNNING', u.last_started_at
                FROM unnest(?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::timestamptz[])
                         AS u(test_case_id, project_id, organization_id, runs, last_run_id, last_started_at)
                ON CONFLICT (test_case_id) DO UPDATE SET
                    runs = test_case_run_stats.runs + EXCLUDED.runs,
                    running = test_case_run_stats.running + EXCLUDED.running,
                    last_run_id = CASE WHEN test_case_run_stats.last_started_at > EXCLUDED.last_started_at
                                       THEN test_case_run_stats.last_run_id ELSE EXCLUDED.last_run_id END,
                    last_state = CASE WHEN test_case_run_stats.last_started_at > EXCLUDED.last_started_at
                                      THEN test_case_run_stats.last_state ELSE 'RUNNING' END,
                    last_started_at = greatest(test_case_run_stats.last_started_at, EXCLUDED.last_started_at)
                """, rows.parameters());
    }

    /** History, results and progress of runs that exist, for the events each run has not seen yet. */
    private void applyProgress() {
        Map<String, Progress> runs = new HashMap<>();
        String[] ids = later.stream().map(Event::runId).distinct().toArray(String[]::new);
        jdbc.query(
                "SELECT id, last_event_seq FROM test_run WHERE id = ANY(?)",
                statement -> statement.setArray(1, statement.getConnection().createArrayOf("text", ids)),
                rs -> {
                    runs.put(rs.getString(1), new Progress(rs.getLong(2)));
                });
        UnnestRows history = new UnnestRows(9);
        List<Event> finishes = new ArrayList<>();
        for (Event event : later) {
            Progress run = runs.get(event.runId());
            if (run == null || event.sequence() <= run.sequence) {
                continue;
            }
            run.sequence = event.sequence();
            run.at = event.at();
            run.moved = true;
            if (event.history() != null) {
                for (HistoryElement element : event.history().elements()) {
                    history.add(
                            element.historyElementId(),
                            event.runId(),
                            element.idxInRun(),
                            element.actionId(),
                            element.actionStartedAt(),
                            element.actionFinishedAt(),
                            element.historyElementState().name(),
                            element.screenshot(),
                            event.history().organizationId());
                }
                run.historyAdded += event.history().elements().size();
            } else {
                finishes.add(event);
            }
        }
        if (!history.isEmpty()) {
            jdbc.update("""
                    INSERT INTO history_element (id, test_run_id, idx_in_run, action_id, action_started_at,
                                                 action_finished_at, history_element_state, screenshot, organization_id)
                    SELECT * FROM unnest(?::text[], ?::text[], ?::int[], ?::text[], ?::timestamptz[],
                                         ?::timestamptz[], ?::text[], ?::text[], ?::text[])
                    """, history.parameters());
        }
        moveRuns(runs);
        if (!finishes.isEmpty()) {
            finishRuns(finishes);
        }
    }

    private void moveRuns(Map<String, Progress> runs) {
        UnnestRows moved = new UnnestRows(4);
        runs.forEach((id, run) -> {
            if (run.moved) {
                moved.add(id, run.historyAdded, run.sequence, run.at);
            }
        });
        if (moved.isEmpty()) {
            return;
        }
        jdbc.update("""
                UPDATE test_run r SET history_count = r.history_count + u.added, version = u.seq + 1,
                                      updated_at = u.at, last_event_seq = u.seq
                FROM unnest(?::text[], ?::int[], ?::bigint[], ?::timestamptz[]) AS u(id, added, seq, at)
                WHERE r.id = u.id
                """, moved.parameters());
    }

    /** The results, then the statistics: duration from the run's own start, and the last state where it is last. */
    private void finishRuns(List<Event> finishes) {
        UnnestRows rows = new UnnestRows(9);
        for (Event finish : finishes) {
            TestRunFinished event = finish.finished();
            boolean passed = event.state() == RunState.PASSED;
            rows.add(
                    event.runId(),
                    event.testCaseId(),
                    event.state().name(),
                    event.finishedAt(),
                    event.repairWasNeeded(),
                    event.runGif(),
                    event.failureReason(),
                    passed ? 1 : 0,
                    passed ? 0 : 1);
        }
        jdbc.update("""
                WITH u AS (
                    SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::boolean[], ?::text[],
                                         ?::text[], ?::int[], ?::int[])
                        AS u(run_id, test_case_id, state, finished_at, repair_was_needed, run_gif, failure_reason,
                             passed, failed)
                ),
                finished AS (
                    UPDATE test_run r SET state = u.state, finished_at = u.finished_at,
                                          repair_was_needed = u.repair_was_needed, run_gif = u.run_gif,
                                          failure_reason = u.failure_reason
                    FROM u WHERE r.id = u.run_id
                    RETURNING r.id, r.started_at
                ),
                counted AS (
                    SELECT u.test_case_id, count(*) AS runs, sum(u.passed) AS passed, sum(u.failed) AS failed,
                           sum(CASE WHEN u.repair_was_needed THEN 1 ELSE 0 END) AS repairs,
                           sum(greatest(0, (extract(epoch FROM (u.finished_at - f.started_at)) * 1000)::bigint))
                               AS duration_ms
                    FROM u JOIN finished f ON f.id = u.run_id
                    GROUP BY u.test_case_id
                )
                UPDATE test_case_run_stats s SET
                    running = s.running - c.runs,
                    passed = s.passed + c.passed,
                    failed = s.failed + c.failed,
                    repairs = s.repairs + c.repairs,
                    total_duration_ms = s.total_duration_ms + c.duration_ms,
                    last_state = coalesce((SELECT u.state FROM u WHERE u.run_id = s.last_run_id), s.last_state)
                FROM counted c
                WHERE s.test_case_id = c.test_case_id
                """, rows.parameters());
    }

    private record Started(TestRunStarted event, long sequence, Instant at) {}

    /** A history or result event of a run; exactly one of {@code history} and {@code finished} is set. */
    private record Event(String runId, long sequence, Instant at, HistoryRecorded history, TestRunFinished finished) {}

    /** Where a run stands while the batch is applied to it. */
    private static final class Progress {
        long sequence;
        Instant at;
        int historyAdded;
        boolean moved;

        Progress(long sequence) {
            this.sequence = sequence;
        }
    }

    /** New runs of one test case in this batch. */
    private static final class StartCount {
        final String projectId;
        final String organizationId;
        long runs;
        String lastRunId;
        Instant lastStartedAt;

        StartCount(TestRunStarted first) {
            this.projectId = first.projectId();
            this.organizationId = first.organizationId();
        }

        void add(TestRunStarted event) {
            runs++;
            // Later events win ties, as they would one by one.
            if (lastStartedAt == null || !event.startedAt().isBefore(lastStartedAt)) {
                lastStartedAt = event.startedAt();
                lastRunId = event.runId();
            }
        }
    }
}
