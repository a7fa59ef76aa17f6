package dev.traverse.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.traverse.app.TraverseIT;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Analytics read the read model in SQL as {@code traverse_analytics}: read-only, and row-level security shows a
 * session only the organization it names with {@code SET traverse.organization_id}.
 */
class AnalyticsAccessIT extends TraverseIT {

    private static final String ROLE = "traverse_analytics";

    @Test
    void everyReadModelTableIsReadOnlyAndFilteredByOrganization() {
        List<String> tables = jdbc.queryForList(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history'"
                        + " ORDER BY tablename",
                String.class);
        assertThat(tables).contains("organization", "project", "cost", "test_result", "secret_value");
        for (String table : tables) {
            assertThat(jdbc.queryForObject(
                            "SELECT relrowsecurity FROM pg_class WHERE oid = ('public.' || quote_ident(?))::regclass",
                            Boolean.class,
                            table))
                    .as("row-level security on %s", table)
                    .isTrue();
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM pg_policies WHERE schemaname = 'public' AND tablename = ?",
                            Long.class,
                            table))
                    .as("a policy on %s", table)
                    .isPositive();
            assertThat(privileges(table)).as(table).containsExactly("SELECT");
        }
        assertThat(privileges("flyway_schema_history")).isEmpty();
    }

    @Test
    void aSessionSeesOnlyTheOrganizationItNamesAndCannotWrite() throws SQLException {
        Catalog mine = catalog(user("analyst-org-admin"));
        Catalog theirs = catalog(user("other-org-admin"));

        List<String> tenantTables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public'"
                        + " AND column_name = 'organization_id' AND table_name <> 'model_price' ORDER BY 1",
                String.class);

        try (Connection connection = jdbc.getDataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                sql.execute("SET LOCAL ROLE " + ROLE);

                // No organization named: nothing at all.
                for (String table : tenantTables) {
                    assertThat(count(sql, "SELECT count(*) FROM " + table))
                            .as(table)
                            .isZero();
                }
                assertThat(count(sql, "SELECT count(*) FROM organization")).isZero();

                sql.execute("SET LOCAL traverse.organization_id = '" + mine.organization() + "'");
                List<String> seen = new ArrayList<>();
                for (String table : tenantTables) {
                    assertThat(count(
                                    sql,
                                    "SELECT count(*) FROM " + table + " WHERE organization_id <> '"
                                            + mine.organization() + "'"))
                            .as(table)
                            .isZero();
                    long visible = count(sql, "SELECT count(*) FROM " + table);
                    assertThat(visible)
                            .as(table)
                            .isEqualTo(jdbc.queryForObject(
                                    "SELECT count(*) FROM " + table + " WHERE organization_id = ?",
                                    Long.class,
                                    mine.organization()));
                    if (visible > 0) {
                        seen.add(table);
                    }
                }
                assertThat(seen).contains("project", "test_case", "browser_config", "test_traversal", "member");
                assertThat(count(sql, "SELECT count(*) FROM organization")).isEqualTo(1);
                assertThat(count(sql, "SELECT count(*) FROM project WHERE id = '" + theirs.project() + "'"))
                        .isZero();
                assertThat(count(sql, "SELECT count(*) FROM model_price WHERE organization_id IS NULL"))
                        .as("the shared price list")
                        .isPositive();

                sql.execute("SAVEPOINT denied");
                assertThatThrownBy(() -> sql.executeUpdate(
                                "UPDATE project SET name = 'renamed' WHERE id = '" + mine.project() + "'"))
                        .hasMessageContaining("permission denied");
                sql.execute("ROLLBACK TO SAVEPOINT denied");
                assertThatThrownBy(() -> sql.executeQuery("SELECT count(*) FROM es.domain_event_entry"))
                        .hasMessageContaining("permission denied");
                sql.execute("ROLLBACK TO SAVEPOINT denied");
                assertThatThrownBy(() -> sql.executeQuery("SELECT count(*) FROM ws.secret"))
                        .hasMessageContaining("permission denied");
            } finally {
                connection.rollback();
            }
        }
        // The application's own connections are not filtered.
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM project WHERE id IN (?, ?)",
                        Long.class,
                        mine.project(),
                        theirs.project()))
                .isEqualTo(2);
    }

    private List<String> privileges(String table) {
        return jdbc.queryForList(
                "SELECT p FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']) p"
                        + " WHERE has_table_privilege(?, 'public.' || quote_ident(?), p)",
                String.class,
                ROLE,
                table);
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
