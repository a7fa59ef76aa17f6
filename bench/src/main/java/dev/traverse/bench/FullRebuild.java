package dev.traverse.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * P4: the operator's full rebuild of the read model ({@code POST /admin/projections/rebuild}: every projection, one
 * after another, each replaying the whole store into a shadow schema and swapping it in). Its rate is the store's
 * events divided by the time until the last projection swapped; each projection's own rate is recorded too. Bounded:
 * past the timeout the rate so far is reported and the figure marked incomplete.
 */
final class FullRebuild {

    private FullRebuild() {}

    record Outcome(long events, double seconds, boolean complete, double eventsPerSecond) {}

    static Outcome run(Context context) throws Exception {
        Duration timeout = context.settings().seconds(Setting.P4_TIMEOUT);
        long events = context.database().queryLong("SELECT count(*) FROM es.domain_event_entry");
        CpuMeter.Snapshot cpuBefore = context.cpu().snapshot();
        long began = System.nanoTime();
        JsonNode started = context.api()
                .post("/api/v1/admin/projections/rebuild", "")
                .require("rebuild")
                .json();
        int projections = started.size();
        long deadline = began + timeout.toNanos();
        long lastReport = began;
        ObjectNode phase = context.results().phase("P4");
        while (true) {
            JsonNode status = context.api()
                    .get("/api/v1/admin/projections")
                    .require("projections")
                    .json();
            int over = 0;
            long done = 0;
            for (JsonNode projection : status.get("projections")) {
                JsonNode rebuild = projection.get("rebuild");
                if (rebuild == null || rebuild.isNull()) {
                    continue;
                }
                String state = rebuild.get("phase").asText();
                if (state.equals("failed")) {
                    throw new IllegalStateException(
                            "rebuild of " + projection.get("name").asText() + " failed: "
                                    + rebuild.get("error").asText());
                }
                if (state.equals("done")) {
                    over++;
                    done += events;
                    record(phase, rebuild);
                } else {
                    done += rebuild.get("events_done").asLong();
                }
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            if (over == projections) {
                return finish(context, phase, cpuBefore, new Outcome(events, seconds, true, events / seconds));
            }
            if (System.nanoTime() > deadline) {
                double share = done / (double) (events * projections);
                return finish(context, phase, cpuBefore, new Outcome(events, seconds, false, events * share / seconds));
            }
            if (System.nanoTime() - lastReport > 15_000_000_000L) {
                lastReport = System.nanoTime();
                context.log("P4: %d of %d projections rebuilt, %.0f s".formatted(over, projections, seconds));
            }
            Thread.sleep(250);
        }
    }

    private static void record(ObjectNode phase, JsonNode rebuild) {
        String name = rebuild.get("projection").asText();
        if (phase.has(name)) {
            return;
        }
        double seconds = Duration.between(
                                Instant.parse(rebuild.get("started_at").asText()),
                                Instant.parse(rebuild.get("finished_at").asText()))
                        .toMillis()
                / 1000.0;
        ObjectNode node = phase.putObject(name);
        node.put("events", rebuild.get("events_done").asLong());
        node.put("seconds", seconds);
        node.put("events_per_second", Context.round(rebuild.get("events_done").asLong() / seconds));
        node.set("tables", rebuild.get("tables"));
    }

    private static Outcome finish(Context context, ObjectNode phase, CpuMeter.Snapshot cpuBefore, Outcome outcome) {
        Map<String, Double> cpu = CpuMeter.shares(cpuBefore, context.cpu().snapshot());
        phase.put("events_in_store", outcome.events());
        phase.put("seconds", Context.round(outcome.seconds()));
        phase.put("complete", outcome.complete());
        phase.put("events_per_second", Context.round(outcome.eventsPerSecond()));
        phase.set("cpu", Api.JSON.valueToTree(cpu));
        context.log("P4: %s, %,d events in %.0f s: %.0f events/s, cpu %s"
                .formatted(
                        outcome.complete() ? "complete" : "INCOMPLETE (timeout)",
                        outcome.events(),
                        outcome.seconds(),
                        outcome.eventsPerSecond(),
                        cpu));
        return outcome;
    }
}
