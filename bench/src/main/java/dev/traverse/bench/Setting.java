package dev.traverse.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every knob of the benchmark, as {@code --name=value}, with the default that matches the sizes. */
enum Setting {
    JDBC_URL("jdbc-url", "jdbc:postgresql://127.0.0.1:5432/", "PostgreSQL server, without a database name"),
    DB_USER("db-user", "postgres", "database user (creates and drops the benchmark database)"),
    DB_PASSWORD("db-password", "", "database password"),
    DATABASE("database", "", "database to create and drop; default traverse_bench_<timestamp>"),
    KEEP_DATABASE("keep-database", "false", "leave the database in place afterwards"),
    APP_JAR("app-jar", "app/target/app-0.1.0-SNAPSHOT.jar", "the application jar to start"),
    APP_PORT("app-port", "18089", "HTTP port of the application, on 127.0.0.1"),
    APP_JVM("app-jvm", "-Xms1g -Xmx4g", "JVM options of the application"),
    APP_ARGS("app-args", "", "extra application arguments, space separated (--traverse.projections.batch-size=500)"),
    PROFILE("profile", "false", "record a JFR profile of the application (bench/results/<database>.jfr)"),
    AUTOVACUUM_STAND_IN(
            "autovacuum-stand-in",
            "auto",
            "auto: when the server runs with autovacuum = off, vacuum and analyze as autovacuum would; off: never"),

    OUT("out", "bench/results/latest.json", "where the JSON results go"),
    PHASES("phases", "B1,B2,P1,P2,P3,P5,P6,P4", "phases to run (PRELOAD runs when P5 or P6 does, or when named)"),
    PGBENCH("pgbench", "pgbench", "the pgbench executable"),
    PGBENCH_SECONDS("pgbench-seconds", "15", "duration of each baseline"),
    PGBENCH_CLIENTS("pgbench-clients", "8", "pgbench clients"),
    WARMUP_SECONDS("warmup-seconds", "240", "shortest warm-up before P1 and P6 (not measured; the JIT needs minutes)"),
    WARMUP_MAX_SECONDS(
            "warmup-max-seconds",
            "480",
            "longest warm-up: after warmup-seconds, 10-second windows until one is within 5 % of the one before"),

    LEVEL_SECONDS("level-seconds", "20", "duration of each measured load level"),
    MAX_REQUESTS("max-requests", "500000", "request cap of each load level"),
    P1_CLIENTS("p1-clients", "8,16,32", "concurrent clients of P1 and P6"),
    RUN_LENGTH("run-length", "100", "history elements a P1 client records in one run before starting the next"),
    P2_CLIENTS("p2-clients", "8", "concurrent clients of P2"),
    P2_WARMUP_SECONDS(
            "p2-warmup-seconds",
            "60",
            "shortest unmeasured warm-up of each P2 request kind (then 10-second windows until steady)"),
    P2_WARMUP_MAX_SECONDS("p2-warmup-max-seconds", "180", "longest warm-up of each P2 request kind"),
    P2_HISTORY_BATCH("p2-history-batch", "100", "history elements per P2 request"),
    P2_BRAIN_STATES("p2-brain-states", "50", "brain states (two actions each) per P2 request"),
    P2_RUN_LENGTH("p2-run-length", "1000", "history elements a P2 client records in one run"),
    P3_CLIENTS("p3-clients", "32", "client threads available to P3's fixed-rate load"),
    PRELOAD_EVENTS("preload-events", "5000000", "events stored by SQL before P5 and P6"),
    COST_RECORDS("cost-records", "1000000", "usage (cost) records among the preloaded events"),
    EVENTS_PER_RUN("events-per-run", "50", "events of one preloaded run (start, history, usage, finish)"),
    PRELOAD_CHUNK("preload-chunk", "100000", "preloaded events per transaction"),
    PRELOAD_DAYS("preload-days", "365", "the preloaded runs are spread over this many past days"),
    LONG_AGGREGATE("long-aggregate-events", "10000", "events of the aggregate whose point-in-time state P5 reads"),
    CATCH_UP_TIMEOUT("catch-up-timeout-seconds", "1500", "longest wait for the projections after the preload"),
    P5_WARMUP_SECONDS(
            "p5-warmup-seconds",
            "60",
            "unmeasured rollup queries of every kind, mixed, before the first is measured (the JIT needs time)"),
    P5_REQUESTS("p5-requests", "2000", "measured requests per rollup query kind (as many unmeasured ones before)"),
    P5_CLIENTS("p5-clients", "4", "concurrent clients of the rollup queries"),
    P5_STATE_REQUESTS("p5-state-requests", "20", "point-in-time requests"),
    P4_TIMEOUT("p4-timeout-seconds", "1800", "longest wait for the full rebuild"),
    ORGANIZATIONS("organizations", "4", "organizations of the fixture"),
    PROJECTS("projects-per-organization", "2", "projects per organization"),
    TEST_CASES("test-cases-per-project", "10", "test cases (each with a traversal) per project");

    private final String key;
    private final String fallback;
    private final String help;

    Setting(String key, String fallback, String help) {
        this.key = key;
        this.fallback = fallback;
        this.help = help;
    }

    String key() {
        return key;
    }

    String help() {
        return help;
    }

    String fallback() {
        return fallback;
    }

    static Optional<Setting> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    /** The settings given on the command line over the defaults. */
    static Map<Setting, String> parse(List<String> args) {
        Map<Setting, String> values = new LinkedHashMap<>();
        for (Setting setting : values()) {
            values.put(setting, setting.fallback);
        }
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            String key = arg.substring(2, arg.indexOf('='));
            Setting setting = byKey(key).orElseThrow(() -> new IllegalArgumentException("unknown setting --" + key));
            values.put(setting, arg.substring(arg.indexOf('=') + 1));
        }
        return values;
    }
}
