package dev.traverse.query.organization;

import dev.traverse.query.paging.KeysetQuery;
import dev.traverse.query.paging.Page;
import dev.traverse.query.paging.PageRequest;
import dev.traverse.query.rows.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads organizations and members. */
@Component
class OrganizationQueries {

    private static final String ORGANIZATION_COLUMNS =
            "o.id, o.name, o.logo, o.created_by, o.created_at, o.updated_at, o.version";
    private static final String MEMBER_COLUMNS = "id, organization_id, user_id, role, created_at, updated_at, version";

    private final JdbcTemplate jdbc;

    OrganizationQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OrganizationView> organization(String id) {
        return jdbc
                .query(
                        "SELECT " + ORGANIZATION_COLUMNS + " FROM organization o WHERE o.id = ?",
                        this::organizationRow,
                        id)
                .stream()
                .findFirst();
    }

    /** The organizations a user is a member of. */
    Page<OrganizationView> organizationsOf(String userId, PageRequest page) {
        return KeysetQuery.page(
                jdbc,
                "SELECT " + ORGANIZATION_COLUMNS + " FROM organization o"
                        + " JOIN member m ON m.organization_id = o.id AND m.removed_at IS NULL WHERE m.user_id = ?",
                "o",
                this::organizationRow,
                page,
                userId);
    }

    Optional<MemberView> member(String organizationId, String memberId) {
        return jdbc
                .query(
                        "SELECT " + MEMBER_COLUMNS
                                + " FROM member WHERE id = ? AND organization_id = ? AND removed_at IS NULL",
                        this::memberRow,
                        memberId,
                        organizationId)
                .stream()
                .findFirst();
    }

    Page<MemberView> members(String organizationId, PageRequest page) {
        return KeysetQuery.page(
                jdbc,
                "SELECT " + MEMBER_COLUMNS + " FROM member WHERE organization_id = ? AND removed_at IS NULL",
                "",
                this::memberRow,
                page,
                organizationId);
    }

    private OrganizationView organizationRow(ResultSet rs, int row) throws SQLException {
        return new OrganizationView(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("logo"),
                rs.getString("created_by"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"),
                rs.getLong("version"));
    }

    private MemberView memberRow(ResultSet rs, int row) throws SQLException {
        return new MemberView(
                rs.getString("id"),
                rs.getString("organization_id"),
                rs.getString("user_id"),
                rs.getString("role"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"),
                rs.getLong("version"));
    }
}
