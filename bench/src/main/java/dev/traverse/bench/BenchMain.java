package dev.traverse.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The benchmark: creates a fresh database, starts the application on it, measures PostgreSQL's baselines and
 * Traverse's figures side by side, prints the table, writes the JSON, stops the application and drops the database.
 * Every phase is bounded in time and requests. Run it with {@code scripts/bench.sh}; {@code --help} lists the settings.
 */
public final class BenchMain {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help")) {
            for (Setting setting : Setting.values()) {
                System.out.printf("  --%-26s %s (default: %s)%n", setting.key(), setting.help(), setting.fallback());
            }
            return;
        }
        Settings settings = new Settings(Setting.parse(List.of(args)));
        String name = settings.text(Setting.DATABASE).isBlank()
                ? "traverse_bench_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"))
                : settings.text(Setting.DATABASE);
        Path out = Path.of(settings.text(Setting.OUT)).toAbsolutePath();
        Files.createDirectories(out.getParent());
        Database database = new Database(settings, name);
        database.create();
        AppProcess app = new AppProcess(settings, database, out.getParent());
        Thread cleanup = new Thread(() -> cleanUp(app, database, settings), "bench-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        Results results = new Results(settings.asMap(), Machine.describe(database));
        boolean failed = false;
        AutovacuumStandIn standIn = null;
        try {

            Api api = new Api(settings.integer(Setting.APP_PORT), app.jwtSecret(), AppProcess.USER);
            log("database " + name + "; starting the application (log: " + app.log() + ")");
            app.start(api, Duration.ofMinutes(3));
            standIn = AutovacuumStandIn.startIfNeeded(settings, database);

            database.runScript("/sql/baseline.sql");
            Context context = new Context(settings, database, api, results, new CpuMeter(app.pid()), null);
            new Phases(context).runAll();
        } catch (Exception e) {
            failed = true;
            results.put("error", String.valueOf(e));
            log("FAILED: " + e);
            e.printStackTrace(System.out);
        } finally {
            if (standIn != null) {
                standIn.close();
                results.put("autovacuum_stand_in", standIn.summary());
            }
            results.put("finished_at", java.time.Instant.now().toString());

            System.out.println();
            results.print(System.out);
            results.write(out);
            log("results written to " + out);
            Runtime.getRuntime().removeShutdownHook(cleanup);
            cleanUp(app, database, settings);
        }
        System.exit(failed ? 1 : 0);
    }

    private static void cleanUp(AppProcess app, Database database, Settings settings) {
        try {
            app.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!settings.flag(Setting.KEEP_DATABASE)) {
            try {
                database.drop();
                log("dropped database " + database.name());
            } catch (Exception e) {
                log("could not drop database " + database.name() + ": " + e);
            }
        }
    }

    static void log(String message) {
        System.out.println("[" + LocalTime.now().format(CLOCK) + "] " + message);
        System.out.flush();
    }
}
