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

    /** A resource as the directory knows it, and the caller's role in its organization ({@code null}: none). */
    record Entry(ResourceKind kind, String organizationId, String projectId, Role role) {}
}
