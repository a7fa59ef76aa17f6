package dev.traverse.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The conditions of a run: the machine, its load when the run started, PostgreSQL's version and settings. */
final class Machine {

    private Machine() {}

    static Map<String, Object> describe(Database database) {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("started_at", Instant.now().toString());
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memory_gb", memoryGb());
        machine.put("load_average_at_start", read("/proc/loadavg"));
        machine.put("kernel", read("/proc/sys/kernel/osrelease"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("git_commit", System.getenv().getOrDefault("BENCH_GIT_COMMIT", "unknown"));
        machine.put("database", database.name());
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT version()")) {
                rows.next();
                machine.put("postgresql", rows.getString(1));
            }
            Map<String, String> settings = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers', 'synchronous_commit',"
                            + " 'fsync', 'wal_level', 'max_wal_size', 'work_mem', 'max_connections', 'commit_delay',"
                            + " 'full_page_writes', 'autovacuum') ORDER BY name")) {
                while (rows.next()) {
                    String unit = rows.getString(3);
                    settings.put(rows.getString(1), rows.getString(2) + (unit == null ? "" : " × " + unit));
                }
            }
            machine.put("postgresql_settings", settings);
        } catch (Exception e) {
            machine.put("postgresql", "unknown: " + e);
        }
        return machine;
    }

    private static long memoryGb() {
        String meminfo = read("/proc/meminfo");
        for (String line : meminfo.split("\n")) {
            if (line.startsWith("MemTotal:")) {
                return Math.round(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0);
            }
        }
        return -1;
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path)).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
