package dev.traverse.command.apikey;

import dev.traverse.api.apikey.ApiKeyScope;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads {@code ws.api_key}: the keys of an organization, without their hashes. */
@Component
class ApiKeyRegistry {

    private final JdbcTemplate jdbc;

    ApiKeyRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean belongsTo(String keyId, String organizationId) {
        return !jdbc.queryForList(
                        "SELECT 1 FROM ws.api_key WHERE key_id = ? AND organization_id = ?",
                        Integer.class,
                        keyId,
                        organizationId)
                .isEmpty();
    }

    List<KeyView> keys(String organizationId) {
        return jdbc.query(
                "SELECT key_id, hint, description, project_id, scopes, created_at, expires_at, last_used_at, revoked_at"
                        + " FROM ws.api_key WHERE organization_id = ? ORDER BY created_at, key_id",
                (rs, row) -> new KeyView(
                        rs.getString("key_id"),
                        rs.getString("hint"),
                        rs.getString("description"),
                        rs.getString("project_id"),
                        scopes(rs.getArray("scopes")),
                        instant(rs.getObject("created_at", OffsetDateTime.class)),
                        instant(rs.getObject("expires_at", OffsetDateTime.class)),
                        instant(rs.getObject("last_used_at", OffsetDateTime.class)),
                        instant(rs.getObject("revoked_at", OffsetDateTime.class)),
                        rs.getObject("revoked_at") != null),
                organizationId);
    }

    private static List<ApiKeyScope> scopes(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray())
                .map(ApiKeyScope::fromWireName)
                .toList();
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    /** A key as an admin sees it: never the key, never its hash. */
    record KeyView(
            String id,
            String hint,
            String description,
            String projectId,
            List<ApiKeyScope> scopes,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt,
            Instant revokedAt,
            boolean revoked) {}
}
