package dev.traverse.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Searches every column of every table of the event store, the write model and the read model for a text. Binary
 * columns (event payloads and metadata, snapshots, artifacts, stored responses) are searched as bytes, so an ASCII
 * text is found wherever it was written.
 */
public final class Plaintext {

    private Plaintext() {}

    /** The tables ({@code schema.table}) that contain {@code text} somewhere; empty when none does. */
    public static List<String> foundIn(JdbcTemplate jdbc, String text) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        jdbc.query("""
                SELECT c.table_schema, c.table_name, c.column_name, c.data_type
                FROM information_schema.columns c
                JOIN information_schema.tables t USING (table_schema, table_name)
                WHERE c.table_schema IN ('es', 'ws', 'public') AND t.table_type = 'BASE TABLE'
                ORDER BY c.table_schema, c.table_name, c.ordinal_position
                """, rs -> {
            String table = rs.getString(1) + "." + quote(rs.getString(2));
            String column = quote(rs.getString(3));
            String asText = rs.getString(4).equals("bytea") ? "encode(" + column + ", 'escape')" : column + "::text";
            columns.computeIfAbsent(table, name -> new ArrayList<>()).add(asText);
        });
        List<String> found = new ArrayList<>();
        columns.forEach((table, texts) -> {
            Boolean hit = jdbc.queryForObject(
                    "SELECT EXISTS (SELECT 1 FROM " + table + " WHERE strpos(concat_ws('|', " + String.join(", ", texts)
                            + "), ?) > 0)",
                    Boolean.class,
                    text);
            if (Boolean.TRUE.equals(hit)) {
                found.add(table);
            }
        });
        return found;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
