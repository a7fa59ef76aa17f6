package dev.traverse.query.tag;

import dev.traverse.query.paging.KeysetQuery;
import dev.traverse.query.paging.Page;
import dev.traverse.query.paging.PageRequest;
import dev.traverse.query.rows.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads tags; deleted tags are not shown. */
@Component
class TagQueries {

    private static final String COLUMNS = "id, project_id, name, color, created_at, updated_at, version";

    private final JdbcTemplate jdbc;

    TagQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TagView> tag(String id) {
        return jdbc
                .query("SELECT " + COLUMNS + " FROM tag WHERE id = ? AND deleted_at IS NULL", this::tagRow, id)
                .stream()
                .findFirst();
    }

    Page<TagView> tags(String projectId, PageRequest page) {
        return KeysetQuery.page(
                jdbc,
                "SELECT " + COLUMNS + " FROM tag WHERE project_id = ? AND deleted_at IS NULL",
                "",
                this::tagRow,
                page,
                projectId);
    }

    private TagView tagRow(ResultSet rs, int row) throws SQLException {
        return new TagView(
                rs.getString("id"),
                rs.getString("project_id"),
                rs.getString("name"),
                rs.getString("color"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"),
                rs.getLong("version"));
    }
}
