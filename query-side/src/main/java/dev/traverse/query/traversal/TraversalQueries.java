package dev.traverse.query.traversal;

import dev.traverse.query.paging.KeysetQuery;
import dev.traverse.query.paging.Page;
import dev.traverse.query.paging.PageRequest;
import dev.traverse.query.rows.Rows;
import dev.traverse.query.traversal.TraversalViews.ActionView;
import dev.traverse.query.traversal.TraversalViews.BrainStateView;
import dev.traverse.query.traversal.TraversalViews.ImportView;
import dev.traverse.query.traversal.TraversalViews.PathView;
import dev.traverse.query.traversal.TraversalViews.TraversalSummary;
import dev.traverse.query.traversal.TraversalViews.TraversalView;
import dev.traverse.query.traversal.TraversalViews.VersionView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads traversals with the brain states and actions of one path version, in order. */
@Component
class TraversalQueries {

    private final JdbcTemplate jdbc;

    TraversalQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The traversal with path version {@code version}, or its current version when null. */
    Optional<TraversalView> traversal(String id, Integer version) {
        return jdbc
                .query(
                        "SELECT id, test_case_id, project_id, browser_config_id, expected_outcome, version, created_at,"
                                + " updated_at, last_event_seq FROM test_traversal WHERE id = ?",
                        (rs, row) -> new TraversalView(
                                rs.getString("id"),
                                rs.getString("test_case_id"),
                                rs.getString("project_id"),
                                rs.getString("browser_config_id"),
                                rs.getString("expected_outcome"),
                                rs.getInt("version"),
                                List.of(),
                                null,
                                List.of(),
                                List.of(),
                                Rows.instant(rs, "created_at"),
                                Rows.instant(rs, "updated_at"),
                                rs.getLong("last_event_seq") + 1),
                        id)
                .stream()
                .findFirst()
                .map(found -> complete(found, version == null ? found.version() : version));
    }

    Page<TraversalSummary> traversals(String testCaseId, PageRequest page) {
        return KeysetQuery.page(
                jdbc,
                "SELECT id, test_case_id, browser_config_id, expected_outcome, version, created_at, updated_at"
                        + " FROM test_traversal WHERE test_case_id = ?",
                "",
                (rs, row) -> new TraversalSummary(
                        rs.getString("id"),
                        rs.getString("test_case_id"),
                        rs.getString("browser_config_id"),
                        rs.getString("expected_outcome"),
                        rs.getInt("version"),
                        Rows.instant(rs, "created_at"),
                        Rows.instant(rs, "updated_at")),
                page,
                testCaseId);
    }

    private TraversalView complete(TraversalView traversal, int version) {
        List<VersionView> versions = jdbc.query(
                "SELECT version, reason, run_id, started_at FROM traversal_version WHERE test_traversal_id = ?"
                        + " ORDER BY version",
                (rs, row) ->
                        new VersionView(rs.getInt(1), rs.getString(2), rs.getString(3), Rows.instant(rs, "started_at")),
                traversal.id());
        List<ImportView> imports = jdbc.query(
                "SELECT version, run_id, raw_artifact, detected_format, steps, imported_at FROM traversal_import"
                        + " WHERE test_traversal_id = ? ORDER BY imported_at",
                (rs, row) -> new ImportView(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        Rows.instant(rs, "imported_at")),
                traversal.id());
        return new TraversalView(
                traversal.id(),
                traversal.testCaseId(),
                traversal.projectId(),
                traversal.browserConfigId(),
                traversal.expectedOutcome(),
                traversal.version(),
                versions,
                new PathView(version, path(traversal.id(), version)),
                imports,
                jdbc.queryForList(
                        "SELECT s.secret_value_id FROM secret_value_traversal s JOIN secret_value v ON v.id ="
                                + " s.secret_value_id AND v.deleted_at IS NULL WHERE s.test_traversal_id = ?"
                                + " ORDER BY s.created_at, s.secret_value_id",
                        String.class,
                        traversal.id()),
                traversal.createdAt(),
                traversal.updatedAt(),
                traversal.revision());
    }

    private List<BrainStateView> path(String traversalId, int version) {
        Map<String, List<ActionView>> actions = new LinkedHashMap<>();
        jdbc.query(
                "SELECT brain_state_id, id, idx_in_brain_state, action, dom_element_data FROM action"
                        + " WHERE test_traversal_id = ? AND traversal_version = ? ORDER BY brain_state_id, idx_in_brain_state",
                rs -> {
                    actions.computeIfAbsent(rs.getString(1), key -> new ArrayList<>())
                            .add(new ActionView(
                                    rs.getString(2),
                                    rs.getInt(3),
                                    Rows.jsonObject(rs, "action"),
                                    Rows.jsonObject(rs, "dom_element_data")));
                },
                traversalId,
                version);
        return jdbc.query(
                "SELECT id, idx_in_traversal, valid, evaluation_previous_goal, memory, next_goal FROM brain_state"
                        + " WHERE test_traversal_id = ? AND traversal_version = ? ORDER BY idx_in_traversal",
                (rs, row) -> new BrainStateView(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getBoolean(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        actions.getOrDefault(rs.getString(1), List.of())),
                traversalId,
                version);
    }
}
