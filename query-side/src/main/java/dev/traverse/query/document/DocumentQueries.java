package dev.traverse.query.document;

import dev.traverse.query.paging.KeysetQuery;
import dev.traverse.query.paging.Page;
import dev.traverse.query.paging.PageRequest;
import dev.traverse.query.rows.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads documents; deleted ones are not shown. */
@Component
class DocumentQueries {

    private final JdbcTemplate jdbc;

    DocumentQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DocumentView> document(String id) {
        return jdbc
                .query(
                        "SELECT id, project_id, test_case_id, name, content, created_at, updated_at, version"
                                + " FROM document WHERE id = ? AND deleted_at IS NULL",
                        (rs, row) -> document(rs, rs.getString("content")),
                        id)
                .stream()
                .findFirst();
    }

    /** A project's documents without their content, which can be large. */
    Page<DocumentView> documents(String projectId, PageRequest page) {
        return KeysetQuery.page(
                jdbc,
                "SELECT id, project_id, test_case_id, name, created_at, updated_at, version FROM document"
                        + " WHERE project_id = ? AND deleted_at IS NULL",
                "",
                (rs, row) -> document(rs, null),
                page,
                projectId);
    }

    private static DocumentView document(ResultSet rs, String content) throws SQLException {
        return new DocumentView(
                rs.getString("id"),
                rs.getString("project_id"),
                rs.getString("test_case_id"),
                rs.getString("name"),
                content,
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"),
                rs.getLong("version"));
    }
}
