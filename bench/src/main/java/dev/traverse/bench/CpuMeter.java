package dev.traverse.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Who used the machine's CPUs during a phase, from Linux's /proc: the application, PostgreSQL (its processes alive at
 * the phase's end: what they used since its start, or since they started), this driver, and everything else (other
 * work on the machine, backends that ended during the phase, short-lived pgbench backends). Shares are of the whole
 * machine: 100% means every core was busy.
 *
 */
final class CpuMeter {

    private final long appPid;
    private final long selfPid = ProcessHandle.current().pid();

    CpuMeter(long appPid) {
        this.appPid = appPid;
    }

    Snapshot snapshot() {
        Map<String, Long> postgres = new HashMap<>();

        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : (Iterable<Path>) processes::iterator) {
                String name = process.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String[] stat = stat(process.resolve("stat"));
                if (stat != null && stat[1].equals("(postgres)")) {
                    postgres.put(name, ticks(stat));
                }
            }
        } catch (IOException e) {
            return null;
        }
        long[] machine = machine();
        return new Snapshot(
                machine[0],
                machine[1],
                ticks(stat(Path.of("/proc", Long.toString(appPid), "stat"))),
                ticks(stat(Path.of("/proc", Long.toString(selfPid), "stat"))),
                postgres);
    }

    /** The shares of the machine's CPU time between two snapshots, in percent. */
    static Map<String, Double> shares(Snapshot before, Snapshot after) {
        Map<String, Double> shares = new LinkedHashMap<>();
        if (before == null || after == null) {
            return shares;
        }
        double total = after.total - before.total;
        if (total <= 0) {
            return shares;
        }
        double app = after.app - before.app;
        double driver = after.driver - before.driver;
        // Per process: a backend that ended during the phase (the pool retires connections every 30 minutes) would
        // otherwise take all it ever used away from the phase's share.
        double postgres = 0;
        for (Map.Entry<String, Long> process : after.postgres.entrySet()) {
            postgres += process.getValue() - before.postgres.getOrDefault(process.getKey(), 0L);
        }

        double busy = after.busy - before.busy;
        shares.put("busy", round(100 * busy / total));
        shares.put("app", round(100 * app / total));
        shares.put("postgres", round(100 * postgres / total));
        shares.put("driver", round(100 * driver / total));
        shares.put("other", round(100 * Math.max(0, busy - app - postgres - driver) / total));
        return shares;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** Total and busy ticks of all CPUs. */
    private static long[] machine() {
        try {
            String[] fields =
                    Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length; i++) {
                total += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            return new long[] {total, total - idle};
        } catch (IOException e) {
            return new long[] {0, 0};
        }
    }

    /** The fields of a /proc/PID/stat line, the command name kept as one field. */
    private static String[] stat(Path path) {
        try {
            String line = Files.readString(path);
            int open = line.indexOf('(');
            int close = line.lastIndexOf(')');
            String[] rest = line.substring(close + 2).split(" ");
            String[] fields = new String[rest.length + 2];
            fields[0] = line.substring(0, open - 1);
            fields[1] = line.substring(open, close + 1);
            System.arraycopy(rest, 0, fields, 2, rest.length);
            return fields;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** User plus system ticks of a process (fields 14 and 15 of its stat line). */
    private static long ticks(String[] stat) {
        return stat == null ? 0 : Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
    }

    record Snapshot(long total, long busy, long app, long driver, Map<String, Long> postgres) {}
}
