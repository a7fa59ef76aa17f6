package dev.traverse.query.browserconfig;

import dev.traverse.query.paging.KeysetQuery;
import dev.traverse.query.paging.Page;
import dev.traverse.query.paging.PageRequest;
import dev.traverse.query.rows.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads browser configs; deleted ones are not shown. */
@Component
class BrowserConfigQueries {

    private static final String COLUMNS = "id, project_id, browser_config, created_at, updated_at, version";

    private final JdbcTemplate jdbc;

    BrowserConfigQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<BrowserConfigView> browserConfig(String id) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM browser_config WHERE id = ? AND deleted_at IS NULL",
                        this::browserConfigRow,
                        id)
                .stream()
                .findFirst();
    }

    Page<BrowserConfigView> browserConfigs(String projectId, PageRequest page) {
        return KeysetQuery.page(
                jdbc,
                "SELECT " + COLUMNS + " FROM browser_config WHERE project_id = ? AND deleted_at IS NULL",
                "",
                this::browserConfigRow,
                page,
                projectId);
    }

    private BrowserConfigView browserConfigRow(ResultSet rs, int row) throws SQLException {
        return new BrowserConfigView(
                rs.getString("id"),
                rs.getString("project_id"),
                Rows.jsonObject(rs, "browser_config"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"),
                rs.getLong("version"));
    }
}
