package dev.traverse.app.isolation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fingerprint of everything stored besides events: every table of the read model ({@code public}) and of the write
 * side ({@code ws}). Per table its row count and newest row version ({@code xmin}), so any insert, update or delete
 * shows without reading the rows' contents; API keys by content, as authenticating a key records its last use.
 */
final class StoredState {

    private final JdbcTemplate jdbc;
    private final String query;

    StoredState(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        List<String> tables = jdbc.queryForList(
                "SELECT table_schema || '.' || table_name FROM information_schema.tables"
                        + " WHERE table_schema IN ('public', 'ws') AND table_type = 'BASE TABLE'"
                        + " AND table_name <> 'flyway_schema_history' ORDER BY 1",
                String.class);
        if (!tables.contains("ws.api_key") || !tables.contains("public.project")) {
            throw new IllegalStateException("unexpected schema: " + tables);
        }
        this.query = tables.stream()
                .map(table -> table.equals("ws.api_key")
                        ? "SELECT 'ws.api_key', md5(coalesce(string_agg((to_jsonb(k) - 'last_used_at')::text, ','"
                                + " ORDER BY k.key_id), '')) FROM ws.api_key k"
                        : "SELECT '" + table + "', count(*) || '/' || coalesce(max(xmin::text::bigint), 0) FROM "
                                + table)
                .collect(Collectors.joining(" UNION ALL "));
    }

    Map<String, String> fingerprint() {
        Map<String, String> tables = new TreeMap<>();
        jdbc.query(query, row -> {
            tables.put(row.getString(1), row.getString(2));
        });
        return tables;
    }

    /** The tables whose fingerprint changed, with the fingerprints before and after. */
    static String changes(Map<String, String> before, Map<String, String> after) {
        Map<String, String> changed = new TreeMap<>();
        after.forEach((table, state) -> {
            if (!state.equals(before.get(table))) {
                changed.put(table, before.get(table) + " -> " + state);
            }
        });
        return changed.toString();
    }
}
