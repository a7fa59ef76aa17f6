package dev.traverse.app.rebuild;

import java.util.List;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds the tables a projection owns: those its reset handlers clear. It runs the handlers against empty copies of
 * every read-model table that note being truncated or deleted from, in a transaction that is then rolled back, so
 * nothing of it remains and the live tables are never touched.
 */
final class TableProbe {

    /** Flyway's bookkeeping is not part of any read model. */
    private static final String FLYWAY_HISTORY = "flyway_schema_history";

    private static final String PROBE = "rebuild_probe";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    TableProbe(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** The read model's tables: every table of the {@code public} schema but Flyway's history. */
    List<String> readModelTables() {
        return jdbc.queryForList(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> ? ORDER BY tablename",
                String.class,
                FLYWAY_HISTORY);
    }

    /** The tables {@code handlers}' reset clears, in name order. */
    List<ClearedTable> tablesClearedBy(EventHandlerInvoker handlers) {
        List<String> tables = readModelTables();
        return transactions.execute(status -> {
            status.setRollbackOnly();
            jdbc.execute("CREATE SCHEMA " + PROBE);
            jdbc.execute("CREATE TABLE " + PROBE + ".\"%cleared\" (name TEXT PRIMARY KEY, partly BOOLEAN NOT NULL)");
            jdbc.execute("CREATE FUNCTION " + PROBE + ".note_cleared() RETURNS TRIGGER LANGUAGE plpgsql AS $$ BEGIN"
                    + " INSERT INTO " + PROBE + ".\"%cleared\" VALUES (TG_TABLE_NAME, TG_OP = 'DELETE')"
                    + " ON CONFLICT (name) DO UPDATE SET partly = \"%cleared\".partly OR excluded.partly;"
                    + " RETURN NULL; END $$");
            for (String table : tables) {
                String copy = PROBE + "." + ShadowSchema.quote(table);
                jdbc.execute("CREATE TABLE " + copy + " (LIKE public." + ShadowSchema.quote(table) + ")");
                jdbc.execute("CREATE TRIGGER note_truncate BEFORE TRUNCATE ON " + copy
                        + " FOR EACH STATEMENT EXECUTE FUNCTION " + PROBE + ".note_cleared()");
                jdbc.execute("CREATE TRIGGER note_delete BEFORE DELETE ON " + copy
                        + " FOR EACH STATEMENT EXECUTE FUNCTION " + PROBE + ".note_cleared()");
            }
            jdbc.execute("SET LOCAL search_path TO " + PROBE + ", public");
            handlers.performReset();
            return jdbc.query(
                    "SELECT name, partly FROM " + PROBE + ".\"%cleared\" ORDER BY name",
                    (rs, row) -> new ClearedTable(rs.getString(1), rs.getBoolean(2)));
        });
    }

    /**
     * A table a projection's reset clears.
     *
     * @param name the table, in the {@code public} schema
     * @param partly true when the reset deletes rows rather than truncating, and so may keep some (reference rows a
     *     migration wrote, for example): a rebuild then starts from a copy of the table with the reset applied
     */
    record ClearedTable(String name, boolean partly) {}
}
