package dev.traverse.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * B1 and B2: what PostgreSQL itself does on this machine with an event-sized row, measured with pgbench and the
 * scripts in {@code pgbench/} against a copy of the event table (same columns, constraints and indexes, no trigger).
 */
final class Baselines {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    private final Settings settings;
    private final Database database;
    private final Context context;

    Baselines(Settings settings, Database database, Context context) {
        this.settings = settings;
        this.database = database;
        this.context = context;
    }

    /** Runs one baseline; answers rows per second and the average transaction latency. */
    Outcome run(String id, String script, int rowsPerTransaction) throws Exception {
        Path file = Files.createTempFile("traverse-" + id, ".sql");
        Files.writeString(file, Database.resource("/pgbench/" + script), StandardCharsets.UTF_8);
        int clients = settings.integer(Setting.PGBENCH_CLIENTS);
        List<String> command = new ArrayList<>(List.of(
                settings.text(Setting.PGBENCH),
                "-n",
                "-h",
                database.host(),
                "-p",
                Integer.toString(database.port()),
                "-U",
                database.user(),
                "-c",
                Integer.toString(clients),
                "-j",
                Integer.toString(Math.min(clients, Runtime.getRuntime().availableProcessors())),
                "-T",
                Long.toString(settings.number(Setting.PGBENCH_SECONDS)),
                "-f",
                file.toString(),
                database.name()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", database.password());
        CpuMeter.Snapshot before = context.cpu().snapshot();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        CpuMeter.Snapshot after = context.cpu().snapshot();
        Files.deleteIfExists(file);
        Matcher tps = TPS.matcher(output);
        Matcher latency = LATENCY.matcher(output);
        if (exit != 0 || !tps.find() || !latency.find()) {
            throw new IOException("pgbench failed (" + exit + "):\n" + output);
        }
        double transactions = Double.parseDouble(tps.group(1));
        Outcome outcome =
                new Outcome(transactions * rowsPerTransaction, transactions, Double.parseDouble(latency.group(1)));
        ObjectNode phase = context.results().phase(id);
        phase.put("script", "bench/src/main/resources/pgbench/" + script);
        phase.put("clients", clients);
        phase.put("rows_per_transaction", rowsPerTransaction);
        phase.put("transactions_per_second", transactions);
        phase.put("rows_per_second", outcome.rowsPerSecond());
        phase.put("latency_average_ms", outcome.latencyMillis());
        phase.set("cpu", Api.JSON.valueToTree(CpuMeter.shares(before, after)));
        context.log("%s: %.0f rows/s (%.0f transactions/s, average %.2f ms)"
                .formatted(id, outcome.rowsPerSecond(), transactions, outcome.latencyMillis()));
        return outcome;
    }

    record Outcome(double rowsPerSecond, double transactionsPerSecond, double latencyMillis) {}
}
