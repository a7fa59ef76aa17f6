package dev.traverse.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * P1 and P6: single-event commands over HTTP. Every client is an agent recording its own run one history element per
 * request, with the default read-your-writes wait, at each configured number of concurrent clients.
 */
final class SingleEvents {

    private SingleEvents() {}

    /** The measured levels by number of clients, after an unmeasured warm-up at the highest level. */
    static Map<Integer, Load.Result> run(Context context, String phase) throws Exception {
        Settings settings = context.settings();
        List<Integer> levels = settings.integers(Setting.P1_CLIENTS);
        int most = levels.stream().mapToInt(Integer::intValue).max().orElseThrow();
        warmUp(context, phase, most);
        Map<Integer, Load.Result> results = new LinkedHashMap<>();

        for (int clients : levels) {
            results.put(
                    clients,
                    context.measure(
                            phase,
                            "clients_" + clients,
                            () -> Load.closed(
                                    phase,
                                    clients,
                                    settings.seconds(Setting.LEVEL_SECONDS),
                                    settings.number(Setting.MAX_REQUESTS),
                                    client -> client(context, client))));
        }
        return results;
    }

    /**
     * Load until the application is steady: the minimum warm-up, then 10-second windows until one's throughput is
     * within 5 % of the window before (or the longest warm-up has passed). A fixed 60 s was not enough: on a fresh
     * JVM the same commands ran at half the rate they reached after the preload (C2 still compiling on two busy
     * cores), which made P6's ratio measure the compiler; and two windows agreeing after 80 s were only a plateau
     * (the rate then rose from 265 to 414 commands/s over two more minutes), hence minutes of minimum. Each window's
     * rate goes to the JSON.
     *
     */
    private static void warmUp(Context context, String phase, int clients) throws Exception {
        Settings settings = context.settings();
        Load.closed(
                phase + "-warmup",
                clients,
                settings.seconds(Setting.WARMUP_SECONDS),
                settings.number(Setting.MAX_REQUESTS),
                client -> client(context, client));
        ArrayNode windows = context.results().phase(phase).putArray("warmup_windows_per_second");
        long deadline = System.nanoTime()
                + settings.seconds(Setting.WARMUP_MAX_SECONDS)
                        .minus(settings.seconds(Setting.WARMUP_SECONDS))
                        .toNanos();
        double previous = 0;
        while (System.nanoTime() < deadline) {
            double rate = Load.closed(
                            phase + "-warmup",
                            clients,
                            Duration.ofSeconds(10),
                            settings.number(Setting.MAX_REQUESTS),
                            client -> client(context, client))
                    .requestsPerSecond();
            windows.add(Context.round(rate));
            context.log("%s warm-up: %.0f requests/s".formatted(phase, rate));
            if (previous > 0 && Math.abs(rate - previous) <= 0.05 * previous) {
                return;
            }
            previous = rate;
        }
    }

    /** The level with the highest throughput. */
    static Load.Result best(Map<Integer, Load.Result> levels) {
        return levels.values().stream()
                .max((a, b) -> Double.compare(a.requestsPerSecond(), b.requestsPerSecond()))
                .orElseThrow();
    }

    private static Load.Client client(Context context, int n) {
        return new HistoryClient(
                context.api(),
                context.fixture().caseFor(n),
                context.settings().integer(Setting.RUN_LENGTH),
                false,
                null);
    }
}
