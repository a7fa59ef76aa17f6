package dev.traverse.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * P3: how long after a command is accepted its row is in the read model. Agents record single history elements at a
 * fixed rate (half of P1's best throughput) without waiting for the read model ({@code Traverse-Consistency:
 * eventual}); an observer on its own connection looks the new rows up by id every half millisecond. A row's lag is
 * the time from its command's answer to the start of the first lookup that found it (statements see what was
 * committed when they start).
 */
final class ProjectionLag {

    private static final int LOOKUP_LIMIT = 5_000;
    private static final long SETTLE_NANOS = 10_000_000_000L;

    private ProjectionLag() {}

    record Outcome(Load.Result load, Histogram lag, long neverSeen) {}

    static Outcome run(Context context, double rate) throws Exception {
        Settings settings = context.settings();
        Map<String, Long> pending = new ConcurrentHashMap<>();
        Histogram lag = new Histogram(3);
        AtomicBoolean loadDone = new AtomicBoolean();
        long[] neverSeen = new long[1];
        Thread observer = new Thread(() -> observe(context, pending, lag, loadDone, neverSeen), "P3-observer");
        observer.start();
        Load.Result load;
        try {
            load = context.measure(
                    "P3",
                    "load",
                    () -> Load.fixedRate(
                            "P3",
                            settings.integer(Setting.P3_CLIENTS),
                            rate,
                            settings.seconds(Setting.LEVEL_SECONDS),
                            settings.number(Setting.MAX_REQUESTS),
                            n -> new HistoryClient(
                                    context.api(),
                                    context.fixture().caseFor(n),
                                    settings.integer(Setting.RUN_LENGTH),
                                    true,
                                    pending::put)));
        } finally {
            loadDone.set(true);
            observer.join();
        }
        ObjectNode phase = context.results().phase("P3");
        phase.put("target_rate_per_second", Context.round(rate));
        phase.put("rows_observed", lag.getTotalCount());
        phase.put("rows_never_seen_within_10s", neverSeen[0]);
        phase.put("lag_p50_ms", Context.round(lag.getValueAtPercentile(50) / 1000.0));
        phase.put("lag_p90_ms", Context.round(lag.getValueAtPercentile(90) / 1000.0));
        phase.put("lag_p99_ms", Context.round(lag.getValueAtPercentile(99) / 1000.0));
        phase.put("lag_max_ms", Context.round(lag.getMaxValue() / 1000.0));
        context.log("P3: lag p50 %.1f ms, p99 %.1f ms, max %.1f ms over %d rows (%d never seen)"
                .formatted(
                        lag.getValueAtPercentile(50) / 1000.0,
                        lag.getValueAtPercentile(99) / 1000.0,
                        lag.getMaxValue() / 1000.0,
                        lag.getTotalCount(),
                        neverSeen[0]));
        return new Outcome(load, lag, neverSeen[0]);
    }

    private static void observe(
            Context context, Map<String, Long> pending, Histogram lag, AtomicBoolean loadDone, long[] neverSeen) {
        long settleBy = Long.MAX_VALUE;
        try (Connection connection = context.database().connect();
                PreparedStatement lookup =
                        connection.prepareStatement("SELECT id FROM history_element WHERE id = ANY(?)")) {
            while (true) {
                if (loadDone.get() && settleBy == Long.MAX_VALUE) {
                    settleBy = System.nanoTime() + SETTLE_NANOS;
                }
                if (loadDone.get() && (pending.isEmpty() || System.nanoTime() > settleBy)) {
                    neverSeen[0] = pending.size();
                    return;
                }
                List<String> ids = new ArrayList<>(Math.min(pending.size(), LOOKUP_LIMIT));
                for (String id : pending.keySet()) {
                    if (ids.size() == LOOKUP_LIMIT) {
                        break;
                    }
                    ids.add(id);
                }
                if (!ids.isEmpty()) {
                    long started = System.nanoTime();
                    lookup.setArray(1, connection.createArrayOf("text", ids.toArray()));
                    try (ResultSet rows = lookup.executeQuery()) {
                        while (rows.next()) {
                            Long accepted = pending.remove(rows.getString(1));
                            if (accepted != null) {
                                lag.recordValue(Math.max(1, (started - accepted) / 1_000));
                            }
                        }
                    }
                }
                LockSupport.parkNanos(500_000);
            }
        } catch (Exception e) {
            context.log("P3 observer failed: " + e);
        }
    }
}
