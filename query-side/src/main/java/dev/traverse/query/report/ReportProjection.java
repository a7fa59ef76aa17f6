package dev.traverse.query.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.traverse.api.report.RawReportExpired;
import dev.traverse.api.report.ReportCounts;
import dev.traverse.api.report.TestOutcome;
import dev.traverse.api.report.TestReportIngested;
import dev.traverse.api.report.TestResult;
import dev.traverse.query.QuerySideConfiguration;
import dev.traverse.query.rows.GuardedUpdate;
import dev.traverse.query.rows.Rows;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code report_run}, {@code test_result} and {@code test_stats} from the report events alone: the event
 * carries every test's compact result, so a rebuild needs no raw report (retention may have deleted it). Results
 * and statistics are written only when the run row is inserted, so a replayed event counts nothing twice.
 */
@Component
@ProcessingGroup(QuerySideConfiguration.REPORTS)
class ReportProjection {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;

    ReportProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TestReportIngested event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ReportCounts counts = event.counts();
        int inserted = jdbc.update(
                """
                INSERT INTO report_run (id, organization_id, project_id, test_tool, tool_version, run_at, commit_hash,
                                        branch, creator, duration, status, total, passed, failed, flaky, skipped, todo,
                                        shard_index, shard_total, incomplete_reason, errors, raw_artifact,
                                        raw_size_bytes, version, created_at, updated_at, last_event_seq)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, 1, ?, ?, ?)
                ON CONFLICT (id) DO NOTHING
                """,
                event.reportId(),
                event.organizationId(),
                event.projectId(),
                event.testTool().wireName(),
                event.toolVersion(),
                Rows.utc(event.runAt()),
                event.commitHash(),
                event.branch(),
                event.creator(),
                event.duration(),
                event.status().wireName(),
                counts.total(),
                counts.passed(),
                counts.failed(),
                counts.flaky(),
                counts.skipped(),
                counts.todo(),
                event.shardIndex(),
                event.shardTotal(),
                event.incompleteReason(),
                json(event.errors() == null ? List.of() : event.errors()),
                event.rawArtifact(),
                event.rawSizeBytes(),
                Rows.utc(at),
                Rows.utc(at),
                sequence);
        if (inserted == 1 && event.results() != null && !event.results().isEmpty()) {
            insertResults(event);
            countResults(event);
        }
    }

    @EventHandler
    void on(RawReportExpired event, @SequenceNumber long sequence, @Timestamp Instant at) {
        GuardedUpdate.apply(
                jdbc,
                "report_run",
                "raw_expired_at = ?, raw_deleted = ?",
                event.reportId(),
                sequence + 1,
                sequence,
                at,
                Rows.utc(at),
                event.rawDeleted());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE report_run, test_result, test_stats");
    }

    private void insertResults(TestReportIngested event) {
        List<TestResult> results = event.results();
        OffsetDateTime runAt = Rows.utc(event.runAt());
        jdbc.batchUpdate("""
                INSERT INTO test_result (report_id, idx, organization_id, project_id, branch, run_at, test_key, file,
                                         title, project_name, outcome, attempts, duration, error_message, error_group,
                                         attachments)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                """, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int i) throws SQLException {
                TestResult result = results.get(i);
                Array attachments = statement
                        .getConnection()
                        .createArrayOf("text", result.attachments().toArray());
                int column = 1;
                statement.setString(column++, event.reportId());
                statement.setInt(column++, i);
                statement.setString(column++, event.organizationId());
                statement.setString(column++, event.projectId());
                statement.setString(column++, event.branch());
                statement.setObject(column++, runAt);
                statement.setString(column++, result.key());
                statement.setString(column++, result.file());
                statement.setString(column++, result.title());
                statement.setString(column++, result.project());
                statement.setString(column++, result.outcome().wireName());
                statement.setInt(column++, result.attempts());
                statement.setLong(column++, result.duration());
                statement.setString(column++, result.error());
                statement.setString(column++, ErrorGroups.of(result.error()));
                statement.setArray(column, attachments);
            }

            @Override
            public int getBatchSize() {
                return results.size();
            }
        });
    }

    /** Adds every result to its test's statistics; the newest run by run_at decides the last outcome. */
    private void countResults(TestReportIngested event) {
        List<TestResult> results = event.results();
        OffsetDateTime runAt = Rows.utc(event.runAt());
        jdbc.batchUpdate("""
                INSERT INTO test_stats (project_id, test_key, organization_id, file, title, project_name, runs, passed,
                                        failed, flaky, skipped, todo, total_duration, last_outcome, last_report_id,
                                        last_run_at, first_run_at)
                VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (project_id, test_key) DO UPDATE SET
                    runs = test_stats.runs + 1,
                    passed = test_stats.passed + EXCLUDED.passed,
                    failed = test_stats.failed + EXCLUDED.failed,
                    flaky = test_stats.flaky + EXCLUDED.flaky,
                    skipped = test_stats.skipped + EXCLUDED.skipped,
                    todo = test_stats.todo + EXCLUDED.todo,
                    total_duration = test_stats.total_duration + EXCLUDED.total_duration,
                    last_outcome = CASE WHEN test_stats.last_run_at > EXCLUDED.last_run_at
                                        THEN test_stats.last_outcome ELSE EXCLUDED.last_outcome END,
                    last_report_id = CASE WHEN test_stats.last_run_at > EXCLUDED.last_run_at
                                          THEN test_stats.last_report_id ELSE EXCLUDED.last_report_id END,
                    last_run_at = greatest(test_stats.last_run_at, EXCLUDED.last_run_at),
                    first_run_at = least(test_stats.first_run_at, EXCLUDED.first_run_at)
                """, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int i) throws SQLException {
                TestResult result = results.get(i);
                TestOutcome outcome = result.outcome();
                int column = 1;
                statement.setString(column++, event.projectId());
                statement.setString(column++, result.key());
                statement.setString(column++, event.organizationId());
                statement.setString(column++, result.file());
                statement.setString(column++, result.title());
                statement.setString(column++, result.project());
                statement.setInt(column++, outcome == TestOutcome.PASSED ? 1 : 0);
                statement.setInt(column++, outcome == TestOutcome.FAILED ? 1 : 0);
                statement.setInt(column++, outcome == TestOutcome.FLAKY ? 1 : 0);
                statement.setInt(column++, outcome == TestOutcome.SKIPPED ? 1 : 0);
                statement.setInt(column++, outcome == TestOutcome.TODO ? 1 : 0);
                statement.setLong(column++, result.duration());
                statement.setString(column++, outcome.wireName());
                statement.setString(column++, event.reportId());
                statement.setObject(column++, runAt);
                statement.setObject(column, runAt);
            }

            @Override
            public int getBatchSize() {
                return results.size();
            }
        });
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serializable as JSON", e);
        }
    }
}
