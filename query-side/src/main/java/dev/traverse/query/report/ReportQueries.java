package dev.traverse.query.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.traverse.query.paging.KeysetQuery;
import dev.traverse.query.paging.Page;
import dev.traverse.query.paging.PageRequest;
import dev.traverse.query.report.ReportViews.ReportView;
import dev.traverse.query.report.ReportViews.ResultPage;
import dev.traverse.query.report.ReportViews.ResultView;
import dev.traverse.query.rows.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads report runs, a project's runs with filters, and a run's results. */
@Component
class ReportQueries {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final String COLUMNS = "id, project_id, test_tool, tool_version, run_at, commit_hash, branch,"
            + " creator, duration, status, total, passed, failed, flaky, skipped, todo, shard_index, shard_total,"
            + " incomplete_reason, errors, raw_artifact, raw_size_bytes, raw_expired_at, created_at, version";

    private final JdbcTemplate jdbc;

    ReportQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReportView> report(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM report_run WHERE id = ?", ReportQueries::report, id).stream()
                .findFirst();
    }

    /** Filters of a project's runs; null leaves one out. {@code from}/{@code to} bound {@code run_at}. */
    record RunFilter(String branch, String status, String testTool, String commitHash, Instant from, Instant to) {}

    Page<ReportView> reports(String projectId, RunFilter filter, PageRequest page) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM report_run WHERE project_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(projectId));
        condition(sql, parameters, "branch = ?", filter.branch());
        condition(sql, parameters, "status = ?", filter.status());
        condition(sql, parameters, "test_tool = ?", filter.testTool());
        condition(sql, parameters, "commit_hash = ?", filter.commitHash());
        condition(sql, parameters, "run_at >= ?", Rows.utc(filter.from()));
        condition(sql, parameters, "run_at < ?", Rows.utc(filter.to()));
        return KeysetQuery.page(jdbc, sql.toString(), "", ReportQueries::report, page, parameters.toArray());
    }

    ResultPage results(String reportId, String outcome, int fromIdx, int limit) {
        StringBuilder sql = new StringBuilder(
                "SELECT idx, test_key, file, title, project_name, outcome, attempts, duration, error_message,"
                        + " attachments FROM test_result WHERE report_id = ? AND idx >= ?");
        List<Object> parameters = new ArrayList<>(List.of(reportId, fromIdx));
        condition(sql, parameters, "outcome = ?", outcome);
        sql.append(" ORDER BY idx LIMIT ?");
        parameters.add(limit + 1);
        List<ResultView> rows = jdbc.query(
                sql.toString(),
                (rs, row) -> new ResultView(
                        rs.getInt("idx"),
                        rs.getString("test_key"),
                        rs.getString("file"),
                        rs.getString("title"),
                        rs.getString("project_name"),
                        rs.getString("outcome"),
                        rs.getInt("attempts"),
                        rs.getLong("duration"),
                        rs.getString("error_message"),
                        Rows.textArray(rs, "attachments")),
                parameters.toArray());
        if (rows.size() <= limit) {
            return new ResultPage(rows, null);
        }
        return new ResultPage(
                List.copyOf(rows.subList(0, limit)), rows.get(limit).idx());
    }

    private static void condition(StringBuilder sql, List<Object> parameters, String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            parameters.add(value);
        }
    }

    private static ReportView report(ResultSet rs, int row) throws SQLException {
        Instant expired = Rows.instant(rs, "raw_expired_at");
        String id = rs.getString("id");
        return new ReportView(
                id,
                rs.getString("project_id"),
                rs.getString("test_tool"),
                rs.getString("tool_version"),
                Rows.instant(rs, "run_at"),
                rs.getString("commit_hash"),
                rs.getString("branch"),
                rs.getString("creator"),
                (Long) rs.getObject("duration"),
                rs.getString("status"),
                rs.getInt("total"),
                rs.getInt("passed"),
                rs.getInt("failed"),
                rs.getInt("flaky"),
                rs.getInt("skipped"),
                rs.getInt("todo"),
                (Integer) rs.getObject("shard_index"),
                (Integer) rs.getObject("shard_total"),
                rs.getString("incomplete_reason"),
                strings(rs.getString("errors")),
                rs.getString("raw_artifact"),
                rs.getLong("raw_size_bytes"),
                expired == null,
                expired == null ? "/api/v1/reports/" + id + "/raw" : null,
                expired,
                Rows.instant(rs, "created_at"),
                rs.getLong("version"));
    }

    private static List<String> strings(String json) throws SQLException {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new SQLException("errors holds no JSON array of strings", e);
        }
    }
}
