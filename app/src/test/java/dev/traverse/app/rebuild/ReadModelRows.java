package dev.traverse.app.rebuild;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every row of every read-model table, in a stable order: all tables of the {@code public} schema but Flyway's
 * history, so tables added later are compared without changing this class.
 */
final class ReadModelRows {

    private ReadModelRows() {}

    static Map<String, List<Map<String, Object>>> of(JdbcTemplate jdbc) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String table : jdbc.queryForList(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history'"
                        + " ORDER BY tablename",
                String.class)) {
            int columns = jdbc.queryForObject(
                    "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ?",
                    Integer.class,
                    table);
            String order = String.join(
                    ", ",
                    java.util.stream.IntStream.rangeClosed(1, columns)
                            .mapToObj(Integer::toString)
                            .toList());
            tables.put(
                    table,
                    jdbc.queryForList("SELECT * FROM public.\"" + table + "\" ORDER BY " + order).stream()
                            .map(ReadModelRows::comparable)
                            .toList());
        }
        return tables;
    }

    /** JDBC hands out arrays and jsonb as objects without equals; compare their text instead. */
    private static Map<String, Object> comparable(Map<String, Object> row) {
        Map<String, Object> copy = new LinkedHashMap<>();
        row.forEach((column, value) -> copy.put(
                column,
                value instanceof java.sql.Array || value instanceof org.postgresql.util.PGobject
                        ? value.toString()
                        : value));
        return copy;
    }
}
