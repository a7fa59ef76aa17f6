package dev.traverse.query.secret;

import dev.traverse.query.paging.KeysetQuery;
import dev.traverse.query.paging.Listed;
import dev.traverse.query.paging.Page;
import dev.traverse.query.paging.PageRequest;
import dev.traverse.query.rows.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads secrets (never values) and their reveal log. */
@Component
class SecretQueries {

    private static final String COLUMNS = "id, project_id, secret_name, version, created_at, updated_at,"
            + " value_shredded_at, reveal_count, last_revealed_at";

    private final JdbcTemplate jdbc;

    SecretQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SecretView> secret(String id) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM secret_value WHERE id = ? AND deleted_at IS NULL",
                        SecretQueries::secret,
                        id)
                .stream()
                .findFirst();
    }

    Page<SecretView> secrets(String projectId, PageRequest page) {
        return KeysetQuery.page(
                jdbc,
                "SELECT " + COLUMNS + " FROM secret_value WHERE project_id = ? AND deleted_at IS NULL",
                "",
                SecretQueries::secret,
                page,
                projectId);
    }

    List<RevealView> reveals(String secretId) {
        return jdbc.query(
                "SELECT version, actor_type, actor_id, revealed_at FROM secret_reveal WHERE secret_value_id = ?"
                        + " ORDER BY revealed_at DESC LIMIT 500",
                (rs, row) -> new RevealView(
                        rs.getLong(1), rs.getString(2), rs.getString(3), Rows.instant(rs, "revealed_at")),
                secretId);
    }

    private static SecretView secret(ResultSet rs, int row) throws SQLException {
        return new SecretView(
                rs.getString("id"),
                rs.getString("project_id"),
                rs.getString("secret_name"),
                rs.getLong("version"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"),
                rs.getObject("value_shredded_at") != null,
                rs.getLong("reveal_count"),
                Rows.instant(rs, "last_revealed_at"));
    }

    /** A secret as the API shows it: never its value. */
    record SecretView(
            String id,
            String projectId,
            String secretName,
            long version,
            Instant createdAt,
            Instant updatedAt,
            boolean valueShredded,
            long revealCount,
            Instant lastRevealedAt)
            implements Listed {}

    /** One read of a secret's value. */
    record RevealView(long version, String actorType, String actorId, Instant revealedAt) {}
}
