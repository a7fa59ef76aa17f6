package dev.traverse.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Duration;
import java.util.function.IntFunction;

/**
 * Unmeasured load until the application is steady: the shortest warm-up, then 10-second windows until one's
 * throughput is within 5 % of the window before (or the longest warm-up has passed). On two busy cores the JIT
 * compiler needs minutes: P1 on a fresh JVM ran at half the rate the same commands reached later, and two windows
 * agreeing after 80 s were only a plateau (the rate then rose from 265 to 414 commands/s over two more minutes).
 * Each window's rate goes to the JSON under {@code key}.
 */
final class WarmUp {

    private static final Duration WINDOW = Duration.ofSeconds(10);

    private WarmUp() {}

    static void untilSteady(
            Context context,
            String phase,
            String key,
            int clients,
            Duration least,
            Duration most,
            IntFunction<Load.Client> factory)
            throws Exception {
        long maxRequests = context.settings().number(Setting.MAX_REQUESTS);
        double first = Load.closed(phase + "-warmup", clients, least, maxRequests, factory)
                .requestsPerSecond();
        context.log("%s warm-up: %.0f requests/s over the first %d s".formatted(phase, first, least.toSeconds()));
        ArrayNode windows = context.results().phase(phase).putArray(key);
        long deadline = System.nanoTime() + most.minus(least).toNanos();
        double previous = 0;
        while (System.nanoTime() < deadline) {
            double rate = Load.closed(phase + "-warmup", clients, WINDOW, maxRequests, factory)
                    .requestsPerSecond();
            windows.add(Context.round(rate));
            context.log("%s warm-up: %.0f requests/s".formatted(phase, rate));
            if (previous > 0 && Math.abs(rate - previous) <= 0.05 * previous) {
                return;
            }
            previous = rate;
        }
    }
}
