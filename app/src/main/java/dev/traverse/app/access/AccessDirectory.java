package dev.traverse.app.access;

import dev.traverse.api.access.ResourceKind;
import dev.traverse.api.organization.Role;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the write side's directory in one indexed query: the addressed resource's kind and owners and the caller's
 * role in the owning organization. The directory is written in the same transaction as the events, so a member
 * removed a moment ago is refused at once.
 */
@Component
class AccessDirectory {

    private final JdbcTemplate jdbc;

    AccessDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The resource and the caller's role; deleted resources only when {@code includeDeleted} (their history). */
    Optional<Entry> find(String resourceId, String userId, boolean includeDeleted) {
        return jdbc
                .query(
                        "SELECT r.kind, r.organization_id, r.project_id, m.role FROM ws.resource r"
                                + " LEFT JOIN ws.membership m ON m.organization_id = r.organization_id AND m.user_id = ?"
                                + " WHERE r.id = ? AND (? OR NOT r.deleted)",
                        (rs, row) -> new Entry(
                                ResourceKind.valueOf(rs.getString(1)),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4) == null ? null : Role.fromWireName(rs.getString(4))),
                        userId,
                        resourceId,
                        includeDeleted)
                .stream()
                .findFirst();
    }

    /**
     * An artifact, which may belong to several organizations: the caller's strongest role in any of them, empty when
     * the caller is in none (or the artifact does not exist).
     */
    Optional<Entry> findArtifact(String sha256, String userId) {
        return jdbc
                .query(
                        "SELECT o.organization_id, o.project_id, m.role FROM ws.artifact_owner o"
                                + " JOIN ws.membership m ON m.organization_id = o.organization_id AND m.user_id = ?"
                                + " WHERE o.sha256 = ?"
                                + " ORDER BY CASE m.role WHEN 'admin' THEN 0 WHEN 'member' THEN 1 ELSE 2 END LIMIT 1",
                        (rs, row) -> new Entry(
                                ResourceKind.ARTIFACT,
                                rs.getString(1),
                                rs.getString(2),
                                Role.fromWireName(rs.getString(3))),
                        userId,
                        sha256)
                .stream()
                .findFirst();
    }

    /** An artifact if the organization uploaded it (for API keys, which have an organization but no role). */
    Optional<Entry> findArtifactOf(String sha256, String organizationId) {
        return jdbc
                .query(
                        "SELECT organization_id, project_id FROM ws.artifact_owner WHERE sha256 = ? AND organization_id = ?",
                        (rs, row) -> new Entry(ResourceKind.ARTIFACT, rs.getString(1), rs.getString(2), null),
                        sha256,
                        organizationId)
                .stream()
                .findFirst();
    }

    /** A resource as the directory knows it, and the caller's role in its organization ({@code null}: none). */
    record Entry(ResourceKind kind, String organizationId, String projectId, Role role) {}
}
