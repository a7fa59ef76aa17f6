package dev.traverse.query.report;

import dev.traverse.query.http.BadQueryParameterException;
import dev.traverse.query.report.ReportViews.FailureGroupView;
import dev.traverse.query.report.ReportViews.FlakyTestView;
import dev.traverse.query.report.ReportViews.HistoryEntry;
import dev.traverse.query.report.ReportViews.TestHistory;
import dev.traverse.query.report.ReportViews.TestStatsView;
import dev.traverse.query.rows.Rows;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads across report runs: one test's history, the flakiest tests of a project, failures grouped by message. */
@Component
class TestQueries {

    private final JdbcTemplate jdbc;

    TestQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every result of {@code testKey}, newest run first, optionally on one branch only. */
    TestHistory history(String projectId, String testKey, String branch, int limit, String cursor) {
        StringBuilder sql = new StringBuilder("""
                SELECT t.report_id, t.run_at, t.branch, r.commit_hash, r.test_tool, r.status, t.outcome, t.attempts,
                       t.duration, t.error_message, t.attachments
                FROM test_result t JOIN report_run r ON r.id = t.report_id
                WHERE t.project_id = ? AND t.test_key = ?
                """);
        List<Object> parameters = new ArrayList<>(List.of(projectId, testKey));
        if (branch != null) {
            sql.append(" AND t.branch = ?");
            parameters.add(branch);
        }
        if (cursor != null && !cursor.isEmpty()) {
            Cursor after = Cursor.decode(cursor);
            sql.append(" AND (t.run_at, t.report_id) < (?, ?)");
            parameters.add(Rows.utc(after.runAt()));
            parameters.add(after.reportId());
        }
        sql.append(" ORDER BY t.run_at DESC, t.report_id DESC LIMIT ?");
        parameters.add(limit + 1);
        List<HistoryEntry> rows = jdbc.query(
                sql.toString(),
                (rs, row) -> new HistoryEntry(
                        rs.getString("report_id"),
                        Rows.instant(rs, "run_at"),
                        rs.getString("branch"),
                        rs.getString("commit_hash"),
                        rs.getString("test_tool"),
                        rs.getString("status"),
                        rs.getString("outcome"),
                        rs.getInt("attempts"),
                        rs.getLong("duration"),
                        rs.getString("error_message"),
                        Rows.textArray(rs, "attachments")),
                parameters.toArray());
        String next = null;
        if (rows.size() > limit) {
            rows = List.copyOf(rows.subList(0, limit));
            HistoryEntry last = rows.get(limit - 1);
            next = new Cursor(last.runAt(), last.reportId()).encode();
        }
        return new TestHistory(testKey, stats(projectId, testKey).orElse(null), rows, next);
    }

    Optional<TestStatsView> stats(String projectId, String testKey) {
        return jdbc
                .query(
                        """
                        SELECT test_key, file, title, project_name, runs, passed, failed, flaky, skipped, todo,
                               total_duration, last_outcome, last_report_id, last_run_at, first_run_at
                        FROM test_stats WHERE project_id = ? AND test_key = ?
                        """,
                        (rs, row) -> new TestStatsView(
                                rs.getString("test_key"),
                                rs.getString("file"),
                                rs.getString("title"),
                                rs.getString("project_name"),
                                rs.getLong("runs"),
                                rs.getLong("passed"),
                                rs.getLong("failed"),
                                rs.getLong("flaky"),
                                rs.getLong("skipped"),
                                rs.getLong("todo"),
                                rs.getLong("total_duration") / Math.max(1, rs.getLong("runs")),
                                rs.getString("last_outcome"),
                                rs.getString("last_report_id"),
                                Rows.instant(rs, "last_run_at"),
                                Rows.instant(rs, "first_run_at")),
                        projectId,
                        testKey)
                .stream()
                .findFirst();
    }

    /**
     * The tests with the highest flakiness score in the last {@code window} runs of each branch (or of
     * {@code branch}): outcome flips between consecutive runs of the same branch plus runs that passed only after a
     * retry. Skipped and todo results neither flip nor count.
     */
    List<FlakyTestView> flaky(String projectId, String branch, int window, int limit) {
        List<Object> parameters = new ArrayList<>(List.of(projectId));
        String onBranch = "";
        if (branch != null) {
            onBranch = " AND branch = ?";
            parameters.add(branch);
        }
        parameters.add(window);
        parameters.add(limit);
        return jdbc.query(
                """
                WITH recent AS (
                    SELECT id, row_number() OVER (PARTITION BY branch ORDER BY run_at DESC, id DESC) AS age
                    FROM report_run WHERE project_id = ?%s
                ), windowed AS (
                    SELECT t.test_key, t.file, t.title, t.project_name, t.outcome, t.run_at, t.report_id,
                           lag(t.outcome) OVER (PARTITION BY t.branch, t.test_key
                                                ORDER BY t.run_at, t.report_id) AS previous
                    FROM test_result t JOIN recent r ON r.id = t.report_id
                    WHERE r.age <= ? AND t.outcome IN ('passed', 'failed', 'flaky')
                ), scored AS (
                    SELECT test_key, min(file) AS file, min(title) AS title, min(project_name) AS project_name,
                           count(*) AS runs,
                           count(*) FILTER (WHERE previous IS NOT NULL
                                            AND (outcome = 'failed') <> (previous = 'failed')) AS flips,
                           count(*) FILTER (WHERE outcome = 'flaky') AS flaky_runs,
                           count(*) FILTER (WHERE outcome = 'failed') AS failures,
                           (array_agg(outcome ORDER BY run_at DESC, report_id DESC))[1] AS last_outcome,
                           max(run_at) AS last_run_at
                    FROM windowed GROUP BY test_key
                )
                SELECT *, flips + flaky_runs AS score FROM scored WHERE flips + flaky_runs > 0
                ORDER BY score DESC, flips DESC, last_run_at DESC, test_key
                LIMIT ?
                """.formatted(onBranch),
                (rs, row) -> new FlakyTestView(
                        rs.getString("test_key"),
                        rs.getString("file"),
                        rs.getString("title"),
                        rs.getString("project_name"),
                        rs.getLong("runs"),
                        rs.getLong("flips"),
                        rs.getLong("flaky_runs"),
                        rs.getLong("failures"),
                        rs.getLong("score"),
                        rs.getString("last_outcome"),
                        Rows.instant(rs, "last_run_at")),
                parameters.toArray());
    }

    /** Filters of failure groups; null leaves one out. */
    record FailureFilter(String reportId, String branch, Instant from, Instant to) {}

    /** Failed results grouped by their normalized message, the largest group first. */
    List<FailureGroupView> failureGroups(String projectId, FailureFilter filter, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT error_group, min(error_message) AS sample_message, count(*) AS failures,
                       count(DISTINCT test_key) AS tests, count(DISTINCT report_id) AS reports,
                       min(run_at) AS first_seen, max(run_at) AS last_seen,
                       (array_agg(DISTINCT test_key ORDER BY test_key))[1:10] AS test_keys
                FROM test_result
                WHERE project_id = ? AND outcome = 'failed' AND error_group IS NOT NULL
                """);
        List<Object> parameters = new ArrayList<>(List.of(projectId));
        condition(sql, parameters, "report_id = ?", filter.reportId());
        condition(sql, parameters, "branch = ?", filter.branch());
        condition(sql, parameters, "run_at >= ?", Rows.utc(filter.from()));
        condition(sql, parameters, "run_at < ?", Rows.utc(filter.to()));
        sql.append(" GROUP BY error_group ORDER BY failures DESC, last_seen DESC, error_group LIMIT ?");
        parameters.add(limit);
        return jdbc.query(
                sql.toString(),
                (rs, row) -> new FailureGroupView(
                        rs.getString("error_group"),
                        rs.getString("sample_message"),
                        rs.getLong("failures"),
                        rs.getLong("tests"),
                        rs.getLong("reports"),
                        Rows.instant(rs, "first_seen"),
                        Rows.instant(rs, "last_seen"),
                        Rows.textArray(rs, "test_keys")),
                parameters.toArray());
    }

    private static void condition(StringBuilder sql, List<Object> parameters, String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            parameters.add(value);
        }
    }

    /** Where a page of history starts: after the run at {@code runAt} with {@code reportId}, going back in time. */
    private record Cursor(Instant runAt, String reportId) {

        String encode() {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString((runAt + "|" + reportId).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor) {
            try {
                String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                int separator = text.indexOf('|');
                if (separator < 0) {
                    throw new IllegalArgumentException();
                }
                return new Cursor(Instant.parse(text.substring(0, separator)), text.substring(separator + 1));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new BadQueryParameterException("cursor", "cursor is not one this API handed out");
            }
        }
    }
}
