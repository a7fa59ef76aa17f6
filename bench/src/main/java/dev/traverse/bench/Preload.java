package dev.traverse.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Fills the store for P5 and P6 in SQL ({@code sql/preload.sql}): finished runs of the fixture's test cases, each
 * with its start, history, usage (the cost records) and finish, spread over the past days, plus one run with a long
 * history whose state P5 reconstructs. One session, chunk by chunk, with the application running: its processors
 * project the new events as they commit, exactly as they would project events from another node. Then waits until
 * every projection has caught up, which measures how fast the read model is built from stored events.
 */
final class Preload {

    /** The run of the point-in-time measurement, numbered apart from the bulk runs. */
    static final long LONG_RUN = 999_999_999L;

    private Preload() {}

    record Outcome(long events, double insertSeconds, double caughtUpSeconds, String longRun) {}

    static Outcome run(Context context) throws Exception {
        Settings settings = context.settings();
        long events = settings.number(Setting.PRELOAD_EVENTS);
        int perRun = settings.integer(Setting.EVENTS_PER_RUN);
        long runs = Math.max(1, events / perRun);
        int usagePerRun = (int) Math.min(perRun - 2, settings.number(Setting.COST_RECORDS) / runs);
        int historyPerRun = perRun - 2 - usagePerRun;
        int runsPerChunk = (int) Math.max(1, settings.number(Setting.PRELOAD_CHUNK) / perRun);
        long longEvents = settings.number(Setting.LONG_AGGREGATE);
        Instant end = Instant.now().minus(1, ChronoUnit.HOURS);
        Instant start = end.minus(settings.number(Setting.PRELOAD_DAYS), ChronoUnit.DAYS);
        long headBefore = head(context);
        context.log("preload: %d runs x %d events (%d history, %d usage) = %d events, then one run of %d events"
                .formatted(runs, perRun, historyPerRun, usagePerRun, runs * perRun, longEvents));
        CpuMeter.Snapshot cpuBefore = context.cpu().snapshot();
        long began = System.nanoTime();
        long stored = 0;
        try (Connection connection = context.database().connect();
                PreparedStatement chunk =
                        connection.prepareStatement("SELECT bench.preload_runs(?, ?, ?, ?, ?, ?, ?)")) {
            long lastReport = began;
            for (long first = 0; first < runs; first += runsPerChunk) {
                int count = (int) Math.min(runsPerChunk, runs - first);
                Instant from = start.plus(
                        Duration.between(start, end).multipliedBy(first).dividedBy(runs));
                Instant to = start.plus(
                        Duration.between(start, end).multipliedBy(first + count).dividedBy(runs));
                stored += call(chunk, first, count, historyPerRun, usagePerRun, from, to);
                if (System.nanoTime() - lastReport > 15_000_000_000L) {
                    lastReport = System.nanoTime();
                    context.log("preload: %,d events stored, %.0f events/s"
                            .formatted(stored, stored / ((lastReport - began) / 1e9)));
                }
            }
            // The long run: start, then history only, in the last hour; its finish makes it events long.
            stored += call(chunk, LONG_RUN, 1, (int) longEvents - 2, 0, end, end.plus(59, ChronoUnit.MINUTES));
        }
        double insertSeconds = (System.nanoTime() - began) / 1e9;
        context.log("preload: %,d events stored in %.0f s (%.0f events/s); waiting for the projections"
                .formatted(stored, insertSeconds, stored / insertSeconds));
        double caughtUp = awaitProjections(context, settings.seconds(Setting.CATCH_UP_TIMEOUT), began);
        Map<String, Double> cpu = CpuMeter.shares(cpuBefore, context.cpu().snapshot());
        long projected = head(context) - headBefore;
        ObjectNode phase = context.results().phase("preload");
        phase.put("runs", runs);
        phase.put("events_per_run", perRun);
        phase.put("history_per_run", historyPerRun);
        phase.put("usage_per_run", usagePerRun);
        phase.put("events_stored", stored);
        phase.put("cost_records", runs * usagePerRun);
        phase.put("long_aggregate_events", longEvents);
        phase.put("insert_seconds", Context.round(insertSeconds));
        phase.put("insert_events_per_second", Context.round(stored / insertSeconds));
        phase.put("projected_seconds", Context.round(caughtUp));
        phase.put("projected_events_per_second", Context.round(projected / caughtUp));
        phase.set("cpu", Api.JSON.valueToTree(cpu));
        context.log("preload: projections caught up %.0f s after the first insert (%.0f events/s) cpu %s"
                .formatted(caughtUp, projected / caughtUp, cpu));
        return new Outcome(stored, insertSeconds, caughtUp, runId(LONG_RUN));
    }

    private static long call(
            PreparedStatement chunk, long first, int count, int history, int usage, Instant from, Instant to)
            throws Exception {
        chunk.setLong(1, first);
        chunk.setInt(2, count);
        chunk.setInt(3, history);
        chunk.setInt(4, usage);
        chunk.setTimestamp(5, Timestamp.from(from));
        chunk.setTimestamp(6, Timestamp.from(to));
        chunk.setString(7, AppProcess.USER);
        try (ResultSet rows = chunk.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Waits until no projection lags; answers the seconds since {@code since} (nanoTime). */
    static double awaitProjections(Context context, Duration timeout, long since) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode status = context.api()
                    .get("/api/v1/admin/projections")
                    .require("projections")
                    .json();
            long lag = 0;
            for (JsonNode projection : status.get("projections")) {
                lag = Math.max(lag, projection.get("lag").asLong());
            }
            if (lag == 0) {
                return (System.nanoTime() - since) / 1e9;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("projections still " + lag + " events behind after " + timeout);
            }
            Thread.sleep(200);
        }
    }

    static long head(Context context) throws Exception {
        return context.database().queryLong("SELECT coalesce(max(global_index), 0) FROM es.domain_event_entry");
    }

    /** The id {@code bench.id('run', n)} gives a preloaded run. */
    static String runId(long n) throws Exception {
        byte[] digest = MessageDigest.getInstance("MD5").digest(("run:" + n + ":0").getBytes(StandardCharsets.UTF_8));
        String hex = String.format("%032x", new BigInteger(1, digest));
        return "r" + hex.substring(0, 23);
    }
}
