package dev.traverse.query.testrun;

import dev.traverse.query.paging.KeysetQuery;
import dev.traverse.query.paging.Page;
import dev.traverse.query.paging.PageRequest;
import dev.traverse.query.rows.Rows;
import dev.traverse.query.testrun.RunViews.CostView;
import dev.traverse.query.testrun.RunViews.HistoryElementView;
import dev.traverse.query.testrun.RunViews.HistoryPage;
import dev.traverse.query.testrun.RunViews.ModelCostView;
import dev.traverse.query.testrun.RunViews.RunStatsView;
import dev.traverse.query.testrun.RunViews.RunView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads runs, their history and the run statistics of test cases. */
@Component
class RunQueries {

    private static final String COLUMNS = "r.id, r.test_traversal_id, r.test_case_id, r.project_id, r.run_type,"
            + " r.state, r.traversal_version, r.test_config, r.repairs_run_id, r.repair_was_needed, r.started_at,"
            + " r.finished_at, r.deadline, r.run_gif, r.failure_reason, r.history_count, r.created_at, r.version,"
            + " c.id AS cost_id, c.model_type, c.cost_per_token, c.input_token_num, c.completion_token_num,"
            + " c.cost_in_dollars";

    private final JdbcTemplate jdbc;

    RunQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RunView> run(String id) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM test_run r LEFT JOIN cost c ON c.id = r.cost_id WHERE r.id = ?",
                        (rs, row) -> run(rs, byModel(rs.getString("id"))),
                        id)
                .stream()
                .findFirst();
    }

    /** A project's runs, filtered; {@code from} and {@code to} bound the start time (inclusive, exclusive). */
    Page<RunView> runs(
            String projectId,
            String state,
            String runType,
            String testCaseId,
            Instant from,
            Instant to,
            PageRequest page) {
        StringBuilder where = new StringBuilder(
                "SELECT " + COLUMNS + " FROM test_run r LEFT JOIN cost c ON c.id = r.cost_id WHERE r.project_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(projectId));
        if (state != null) {
            where.append(" AND r.state = ?");
            parameters.add(state);
        }
        if (runType != null) {
            where.append(" AND r.run_type = ?");
            parameters.add(runType);
        }
        if (testCaseId != null) {
            where.append(" AND r.test_case_id = ?");
            parameters.add(testCaseId);
        }
        if (from != null) {
            where.append(" AND r.started_at >= ?");
            parameters.add(Rows.utc(from));
        }
        if (to != null) {
            where.append(" AND r.started_at < ?");
            parameters.add(Rows.utc(to));
        }
        return KeysetQuery.page(jdbc, where.toString(), "r", (rs, row) -> run(rs, null), page, parameters.toArray());
    }

    HistoryPage history(String runId, int fromIdx, int limit) {
        List<HistoryElementView> rows = jdbc.query(
                "SELECT id, idx_in_run, action_id, action_started_at, action_finished_at, history_element_state,"
                        + " screenshot FROM history_element WHERE test_run_id = ? AND idx_in_run >= ?"
                        + " ORDER BY idx_in_run LIMIT ?",
                (rs, row) -> new HistoryElementView(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getString(3),
                        Rows.instant(rs, "action_started_at"),
                        Rows.instant(rs, "action_finished_at"),
                        rs.getString(6),
                        rs.getString(7)),
                runId,
                fromIdx,
                limit + 1);
        if (rows.size() <= limit) {
            return new HistoryPage(rows, null);
        }
        return new HistoryPage(
                List.copyOf(rows.subList(0, limit)), rows.get(limit).idxInRun());
    }

    Optional<RunStatsView> stats(String testCaseId) {
        return jdbc
                .query(
                        "SELECT test_case_id, runs, running, passed, failed, repairs, total_duration_ms, last_run_id,"
                                + " last_state, last_started_at FROM test_case_run_stats WHERE test_case_id = ?",
                        (rs, row) -> {
                            long passed = rs.getLong("passed");
                            long finished = passed + rs.getLong("failed");
                            return new RunStatsView(
                                    rs.getString("test_case_id"),
                                    rs.getLong("runs"),
                                    rs.getLong("running"),
                                    passed,
                                    rs.getLong("failed"),
                                    rs.getLong("repairs"),
                                    finished == 0 ? null : (double) passed / finished,
                                    finished == 0 ? null : rs.getLong("total_duration_ms") / finished,
                                    rs.getString("last_run_id"),
                                    rs.getString("last_state"),
                                    Rows.instant(rs, "last_started_at"));
                        },
                        testCaseId)
                .stream()
                .findFirst();
    }

    private List<ModelCostView> byModel(String runId) {
        return jdbc.query(
                "SELECT model_type, sum(input_token_num), sum(completion_token_num), sum(cost_in_dollars) FROM usage"
                        + " WHERE test_run_id = ? GROUP BY model_type ORDER BY model_type",
                (rs, row) -> new ModelCostView(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4)),
                runId);
    }

    private static RunView run(ResultSet rs, List<ModelCostView> byModel) throws SQLException {
        CostView cost = rs.getString("cost_id") == null
                ? null
                : new CostView(
                        rs.getString("cost_id"),
                        rs.getString("model_type"),
                        rs.getBigDecimal("cost_per_token"),
                        rs.getLong("input_token_num"),
                        rs.getLong("completion_token_num"),
                        rs.getBigDecimal("cost_in_dollars"),
                        byModel);
        return new RunView(
                rs.getString("id"),
                rs.getString("test_traversal_id"),
                rs.getString("test_case_id"),
                rs.getString("project_id"),
                rs.getString("run_type"),
                rs.getString("state"),
                rs.getInt("traversal_version"),
                Rows.jsonObject(rs, "test_config"),
                rs.getString("repairs_run_id"),
                rs.getBoolean("repair_was_needed"),
                Rows.instant(rs, "started_at"),
                Rows.instant(rs, "finished_at"),
                Rows.instant(rs, "deadline"),
                rs.getString("run_gif"),
                rs.getString("failure_reason"),
                rs.getInt("history_count"),
                cost,
                Rows.instant(rs, "created_at"),
                rs.getLong("version"));
    }
}
