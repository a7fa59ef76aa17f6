package dev.traverse.bench;

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
        WarmUp.untilSteady(
                context,
                phase,
                "warmup_windows_per_second",
                most,
                settings.seconds(Setting.WARMUP_SECONDS),
                settings.seconds(Setting.WARMUP_MAX_SECONDS),
                client -> client(context, client));
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
