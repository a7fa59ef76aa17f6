package dev.traverse.query.project;

import dev.traverse.query.paging.KeysetQuery;
import dev.traverse.query.paging.Page;
import dev.traverse.query.paging.PageRequest;
import dev.traverse.query.rows.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads projects. */
@Component
class ProjectQueries {

    private static final String COLUMNS =
            "id, organization_id, name, default_url_route, created_by, created_at, updated_at, archived_at, version";

    private final JdbcTemplate jdbc;

    ProjectQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ProjectView> project(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM project WHERE id = ?", this::projectRow, id).stream()
                .findFirst();
    }

    Page<ProjectView> projects(String organizationId, boolean includeArchived, PageRequest page) {
        return KeysetQuery.page(
                jdbc,
                "SELECT " + COLUMNS + " FROM project WHERE organization_id = ?"
                        + (includeArchived ? "" : " AND archived_at IS NULL"),
                "",
                this::projectRow,
                page,
                organizationId);
    }

    private ProjectView projectRow(ResultSet rs, int row) throws SQLException {
        return new ProjectView(
                rs.getString("id"),
                rs.getString("organization_id"),
                rs.getString("name"),
                rs.getString("default_url_route"),
                rs.getString("created_by"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"),
                Rows.instant(rs, "archived_at"),
                rs.getLong("version"));
    }
}
