package dev.traverse.app.rebuild;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SQL of a rebuild: a shadow schema with copies of a projection's tables as its reset leaves them, the swap that
 * moves the rebuilt rows and the processor's position into the live tables in one transaction, and the cleanup. Table
 * names come from the catalog and are quoted, never taken from a request.
 */
final class ShadowSchema {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final String schema;

    ShadowSchema(JdbcTemplate jdbc, TransactionTemplate transactions, String projection) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.schema = "rebuild_" + projection.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }

    String name() {
        return schema;
    }

    /**
     * A fresh shadow schema with copies (columns, defaults, constraints, indexes) of the projection's tables, as its
     * reset leaves them: empty where it truncates, the live rows minus those it deletes where it deletes.
     */
    void prepare(List<TableProbe.ClearedTable> tables, EventHandlerInvoker handlers) {
        transactions.executeWithoutResult(status -> {
            jdbc.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            jdbc.execute("CREATE SCHEMA " + schema);
            for (TableProbe.ClearedTable table : tables) {
                jdbc.execute("CREATE TABLE " + schema + "." + quote(table.name()) + " (LIKE public."
                        + quote(table.name()) + " INCLUDING ALL)");
                copyStorageParameters(table.name());
                if (table.partly()) {
                    copyRows("public", schema, table.name());
                }
            }
            jdbc.execute("SET LOCAL search_path TO " + quote(schema) + ", public");
            handlers.performReset();
        });
    }

    /**
     * Replaces the rows of the live {@code tables} with the shadow's and hands the shadow processor's position to the
     * live processor, in the caller's transaction. DELETE rather than TRUNCATE: readers keep seeing the old rows
     * until the commit instead of waiting for it.
     */
    void moveRowsAndPosition(List<String> tables, String liveProcessor, String shadowProcessor) {
        List<String> parentsFirst = parentsFirst(tables);
        for (int i = parentsFirst.size() - 1; i >= 0; i--) {
            jdbc.update("DELETE FROM public." + quote(parentsFirst.get(i)));
        }
        for (String table : parentsFirst) {
            copyRows(schema, "public", table);
        }
        jdbc.update("DELETE FROM es.token_entry WHERE processor_name = ?", liveProcessor);
        jdbc.update(
                "INSERT INTO es.token_entry (processor_name, segment, token, token_type, timestamp, owner)"
                        + " SELECT ?, segment, token, token_type, timestamp, NULL FROM es.token_entry"
                        + " WHERE processor_name = ?",
                liveProcessor,
                shadowProcessor);
    }

    /** The segments the shadow processor's position is kept in. */
    List<Integer> segments(String shadowProcessor) {
        return jdbc.queryForList(
                "SELECT segment FROM es.token_entry WHERE processor_name = ? ORDER BY segment",
                Integer.class,
                shadowProcessor);
    }

    /** Removes the shadow schema and the shadow processor's position; safe to repeat. */
    void drop(String shadowProcessor) {
        transactions.executeWithoutResult(status -> {
            jdbc.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            jdbc.update("DELETE FROM es.token_entry WHERE processor_name = ?", shadowProcessor);
        });
    }

    /**
     * The tables ordered so that a table another one references by foreign key comes first: rows are deleted children
     * first and inserted parents first. Tables in a reference cycle keep their order.
     */
    List<String> parentsFirst(List<String> tables) {
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        tables.forEach(table -> parents.put(table, new HashSet<>()));
        jdbc.query(
                "SELECT child.relname, parent.relname FROM pg_constraint c"
                        + " JOIN pg_class child ON child.oid = c.conrelid JOIN pg_class parent ON parent.oid = c.confrelid"
                        + " WHERE c.contype = 'f' AND child.relnamespace = 'public'::regnamespace"
                        + " AND parent.relnamespace = 'public'::regnamespace",
                rs -> {
                    String child = rs.getString(1);
                    String parent = rs.getString(2);
                    if (parents.containsKey(child) && parents.containsKey(parent) && !child.equals(parent)) {
                        parents.get(child).add(parent);
                    }
                });
        List<String> ordered = new ArrayList<>();
        while (!parents.isEmpty()) {
            String next = parents.entrySet().stream()
                    .filter(entry -> ordered.containsAll(entry.getValue()))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(parents.keySet().iterator().next());
            ordered.add(next);
            parents.remove(next);
        }
        return ordered;
    }

    /** Copies every row of {@code table} between schemas, keying columns included, generated ones recomputed. */
    private void copyRows(String from, String to, String table) {
        List<Column> columns = columns(table);
        String names = String.join(
                ", ",
                columns.stream()
                        .filter(column -> !column.generated())
                        .map(column -> quote(column.name()))
                        .toList());
        boolean identity = columns.stream().anyMatch(Column::identity);
        jdbc.update("INSERT INTO " + quote(to) + "." + quote(table) + " (" + names + ")"
                + (identity ? " OVERRIDING SYSTEM VALUE" : "") + " SELECT " + names + " FROM " + quote(from) + "."
                + quote(table));
        for (Column column : columns) {
            advanceSequence(to, table, column);
        }
    }

    /**
     * LIKE copies columns, constraints and indexes but not the table's storage parameters: a rebuild updates run rows
     * as often as live processing does and needs the same room for HOT updates (V82).
     */
    private void copyStorageParameters(String table) {
        List<String> options = jdbc.queryForList(
                "SELECT unnest(reloptions) FROM pg_class WHERE oid = ('public.' || quote_ident(?))::regclass",
                String.class,
                table);
        if (!options.isEmpty()) {
            // Each option is name=value as PostgreSQL printed it; names and numbers need no quoting.
            jdbc.execute("ALTER TABLE " + schema + "." + quote(table) + " SET (" + String.join(", ", options) + ")");
        }
    }

    private List<Column> columns(String table) {
        return jdbc.query(
                "SELECT attname, attidentity <> '', attgenerated <> '' FROM pg_attribute"
                        + " WHERE attrelid = ('public.' || quote_ident(?))::regclass AND attnum > 0"
                        + " AND NOT attisdropped ORDER BY attnum",
                (rs, row) -> new Column(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)),
                table);
    }

    /** Identity and serial columns: the sequence must not hand out a value the copied rows already use. */
    private void advanceSequence(String schemaName, String table, Column column) {
        String qualified = quote(schemaName) + "." + quote(table);
        String sequence =
                jdbc.queryForObject("SELECT pg_get_serial_sequence(?, ?)", String.class, qualified, column.name());
        if (sequence != null) {
            jdbc.query(
                    "SELECT setval(?::regclass, max(" + quote(column.name()) + ")) FROM " + qualified + " HAVING max("
                            + quote(column.name()) + ") IS NOT NULL",
                    (rs, row) -> rs.getLong(1),
                    sequence);
        }
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private record Column(String name, boolean identity, boolean generated) {}
}
