package dev.traverse.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Does autovacuum's work when the server runs without it. PostgreSQL vacuums by default; the machines of this
 * workplace run it with {@code autovacuum = off}, and without vacuuming the tables the projections update per batch
 * pile up dead row versions until the preload's catch-up crawls (922,320 dead beside 24,491 live runs, measured).
 * The harness does not change the server's configuration; instead, every {@code autovacuum_naptime}, this picks the
 * tables autovacuum would pick by PostgreSQL's own rules (the server's thresholds and scale factors, overridden by a
 * table's storage parameters, as V82 sets them) and vacuums or analyzes them one at a time with autovacuum's cost
 * delay, as one autovacuum worker would. Every run's JSON says whether it stood in and what it did.
 */
final class AutovacuumStandIn implements AutoCloseable {

    /** The tables autovacuum would vacuum or analyze now (PostgreSQL 15's {@code relation_needs_vacanalyze}). */
    private static final String DUE = """
            SELECT format('%I.%I', st.schemaname, st.relname),
                   st.n_dead_tup > coalesce(o.vt, s.vt) + coalesce(o.vsf, s.vsf) * greatest(c.reltuples, 0)
                   OR st.n_ins_since_vacuum > coalesce(o.it, s.it) + coalesce(o.isf, s.isf) * greatest(c.reltuples, 0),
                   st.n_mod_since_analyze > coalesce(o.at, s.at) + coalesce(o.asf, s.asf) * greatest(c.reltuples, 0),
                   st.n_dead_tup
            FROM pg_stat_user_tables st
            JOIN pg_class c ON c.oid = st.relid
            CROSS JOIN (
              SELECT current_setting('autovacuum_vacuum_threshold')::float8 AS vt,
                     current_setting('autovacuum_vacuum_scale_factor')::float8 AS vsf,
                     current_setting('autovacuum_vacuum_insert_threshold')::float8 AS it,
                     current_setting('autovacuum_vacuum_insert_scale_factor')::float8 AS isf,
                     current_setting('autovacuum_analyze_threshold')::float8 AS at,
                     current_setting('autovacuum_analyze_scale_factor')::float8 AS asf) s
            CROSS JOIN LATERAL (
              SELECT max(option_value) FILTER (WHERE option_name = 'autovacuum_vacuum_threshold')::float8 AS vt,
                     max(option_value) FILTER (WHERE option_name = 'autovacuum_vacuum_scale_factor')::float8 AS vsf,
                     max(option_value) FILTER (WHERE option_name = 'autovacuum_vacuum_insert_threshold')::float8 AS it,
                     max(option_value) FILTER (WHERE option_name = 'autovacuum_vacuum_insert_scale_factor')::float8
                         AS isf,
                     max(option_value) FILTER (WHERE option_name = 'autovacuum_analyze_threshold')::float8 AS at,
                     max(option_value) FILTER (WHERE option_name = 'autovacuum_analyze_scale_factor')::float8 AS asf,
                     max(option_value) FILTER (WHERE option_name = 'autovacuum_enabled') AS enabled
              FROM pg_options_to_table(c.reloptions)) o
            WHERE c.relkind IN ('r', 'm')
              AND lower(coalesce(o.enabled, 'on')) NOT IN ('off', 'false', 'f', 'no', 'n', '0')
            ORDER BY 1
            """;

    private final Database database;
    private final Thread worker;
    private final Map<String, Integer> vacuums = new LinkedHashMap<>();
    private final Map<String, Integer> analyzes = new LinkedHashMap<>();
    private volatile boolean stopped;
    private double seconds;
    private String failure;

    private AutovacuumStandIn(Database database) {
        this.database = database;
        this.worker = new Thread(this::work, "autovacuum-stand-in");
        worker.setDaemon(true);
    }

    /** Starts standing in when {@code --autovacuum-stand-in=auto} and the server's autovacuum is off; else none. */
    static AutovacuumStandIn startIfNeeded(Settings settings, Database database) throws SQLException {
        String mode = settings.text(Setting.AUTOVACUUM_STAND_IN);
        if (!mode.equals("auto") && !mode.equals("off")) {
            throw new IllegalArgumentException("--autovacuum-stand-in must be auto or off, got " + mode);
        }
        if (mode.equals("off") || setting(database, "autovacuum").equals("on")) {
            return null;
        }
        AutovacuumStandIn standIn = new AutovacuumStandIn(database);
        standIn.worker.start();
        return standIn;
    }

    private void work() {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            int naptime = Integer.parseInt(setting(statement, "autovacuum_naptime"));
            String costLimit = setting(statement, "autovacuum_vacuum_cost_limit");
            statement.execute("SET vacuum_cost_delay = '" + setting(statement, "autovacuum_vacuum_cost_delay") + "ms'");
            if (!costLimit.equals("-1")) {
                statement.execute("SET vacuum_cost_limit = " + Integer.parseInt(costLimit));
            }
            BenchMain.log("autovacuum is off on this server: the harness stands in for it every " + naptime + " s");
            while (!sleep(naptime)) {
                for (Due due : due(statement)) {
                    if (stopped) {
                        return;
                    }
                    long began = System.nanoTime();
                    statement.execute((due.vacuum ? "VACUUM (ANALYZE " + due.analyze + ") " : "ANALYZE ") + due.table);
                    double took = (System.nanoTime() - began) / 1e9;
                    record(due, took);
                    BenchMain.log("stand-in autovacuum: %s %s (%,d dead row versions) in %.1f s"
                            .formatted(due.vacuum ? "vacuumed" : "analyzed", due.table, due.dead, took));
                }
            }
        } catch (Exception e) {
            if (!stopped) {
                synchronized (this) {
                    failure = String.valueOf(e);
                }
                BenchMain.log("stand-in autovacuum stopped: " + e);
            }
        }
    }

    private List<Due> due(Statement statement) throws SQLException {
        List<Due> due = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(DUE)) {
            while (rows.next()) {
                if (rows.getBoolean(2) || rows.getBoolean(3)) {
                    due.add(new Due(rows.getString(1), rows.getBoolean(2), rows.getBoolean(3), rows.getLong(4)));
                }
            }
        }
        return due;
    }

    private synchronized void record(Due due, double took) {
        if (due.vacuum) {
            vacuums.merge(due.table, 1, Integer::sum);
        }
        if (due.analyze) {
            analyzes.merge(due.table, 1, Integer::sum);
        }
        seconds += took;
    }

    /** Answers whether it was stopped while sleeping. */
    private boolean sleep(int naptimeSeconds) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(naptimeSeconds);
        while (!stopped && System.nanoTime() < until) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return true;
            }
        }
        return stopped;
    }

    /** What it did, for the results' JSON. */
    synchronized Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("reason", "the server runs with autovacuum = off");
        summary.put("vacuums", new LinkedHashMap<>(vacuums));
        summary.put("analyzes", new LinkedHashMap<>(analyzes));
        summary.put("seconds", Context.round(seconds));
        if (failure != null) {
            summary.put("failure", failure);
        }
        return summary;
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        worker.join(TimeUnit.MINUTES.toMillis(1));
    }

    private static String setting(Database database, String name) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            return setting(statement, name);
        }
    }

    private static String setting(Statement statement, String name) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT setting FROM pg_settings WHERE name = '" + name + "'")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private record Due(String table, boolean vacuum, boolean analyze, long dead) {}
}
