package dev.traverse.bench;

import java.util.Map;

/**
 * The phases in order, and the figures they yield with the targets: baselines first, then the figures on an
 * empty store (P1, P2, P3), the preload, the figures on the full store (P5, P6) and the full rebuild of it (P4). A
 * failing phase is recorded and the next one still runs.
 */
final class Phases {

    private Context context;
    private final Results results;
    private Baselines.Outcome b1;
    private Baselines.Outcome b2;
    private Map<Integer, Load.Result> p1;

    Phases(Context context) {
        this.context = context;
        this.results = context.results();
    }

    void runAll() throws Exception {
        Settings settings = context.settings();
        Baselines baselines = new Baselines(settings, context.database(), context);
        if (settings.runs("B1")) {
            b1 = baselines.run("B1", "b1_single_insert.sql", 1);
        }
        if (settings.runs("B2")) {
            b2 = baselines.run("B2", "b2_batch_insert.sql", 100);
        }
        results.baselines(
                b1 == null ? null : b1.rowsPerSecond(),
                b1 == null ? null : b1.latencyMillis(),
                b2 == null ? null : b2.rowsPerSecond());
        if (b1 != null) {
            results.rate("B1", "PostgreSQL: single-row insert commits, event-sized row", b1.rowsPerSecond(), "rows/s");
        }
        if (b2 != null) {
            results.rate("B2", "PostgreSQL: batched insert, 100 rows per statement", b2.rowsPerSecond(), "rows/s");
        }
        context = context.withFixture(Fixture.create(context));
        guarded("P1", this::p1);
        guarded("P2", this::p2);
        guarded("P3", this::p3);
        String longRun = null;
        if (settings.runs("P5") || settings.runs("P6") || settings.runs("PRELOAD")) {
            Preload.Outcome preload = Preload.run(context);
            longRun = preload.longRun();
            results.rate(
                    "pre",
                    "preload: events stored by SQL through the event table's trigger",
                    preload.events() / preload.insertSeconds(),
                    "events/s");
        }
        String aggregate = longRun;
        guarded("P5", () -> p5(aggregate));
        guarded("P6", this::p6);
        guarded("P4", this::p4);
    }

    private void p1() throws Exception {
        p1 = SingleEvents.run(context, "P1");
        singleEventFigures("P1", p1);
        Load.Result best = SingleEvents.best(p1);
        double b1Rate = b1 == null ? Double.NaN : b1.rowsPerSecond();
        results.rate(
                        "P1",
                        "single-event commands, best level (%d clients)".formatted(best.clients()),
                        best.requestsPerSecond(),
                        "events/s")
                .target("≥ 0.5 × B1", best.requestsPerSecond() >= 0.5 * b1Rate);
        results.latency("P1", "  p50 latency at %d clients".formatted(best.clients()), best.percentileMillis(50));
        results.latency("P1", "  p99 latency at %d clients".formatted(best.clients()), best.percentileMillis(99))
                .target("< 50 ms", best.percentileMillis(99) < 50);
    }

    private void singleEventFigures(String id, Map<Integer, Load.Result> levels) {
        levels.forEach((clients, result) -> {
            results.rate(id, "  %d clients: throughput".formatted(clients), result.requestsPerSecond(), "events/s");
            results.latency(id, "  %d clients: p99 latency".formatted(clients), result.percentileMillis(99));
        });
    }

    private void p2() throws Exception {
        double b2Rate = b2 == null ? Double.NaN : b2.rowsPerSecond();
        int batch = context.settings().integer(Setting.P2_HISTORY_BATCH);
        Load.Result history = BatchIngestion.history(context);
        results.rate("P2", "history elements, %d per request".formatted(batch), history.recordsPerSecond(), "rows/s")
                .target("≥ 0.5 × B2", history.recordsPerSecond() >= 0.5 * b2Rate);
        results.latency("P2", "  p99 latency of a %d-element request".formatted(batch), history.percentileMillis(99));
        int states = context.settings().integer(Setting.P2_BRAIN_STATES);
        Load.Result brainStates = BatchIngestion.brainStates(context);
        results.rate(
                        "P2",
                        "brain states and actions, %d + %d per request".formatted(states, 2 * states),
                        brainStates.recordsPerSecond(),
                        "rows/s")
                .target("≥ 0.5 × B2", brainStates.recordsPerSecond() >= 0.5 * b2Rate);
        results.latency(
                "P2", "  p99 latency of a %d-state request".formatted(states), brainStates.percentileMillis(99));
    }

    private void p3() throws Exception {
        if (p1 == null) {
            throw new IllegalStateException("P3 runs at half of P1's best throughput: run P1 too");
        }
        double rate = SingleEvents.best(p1).requestsPerSecond() / 2;
        ProjectionLag.Outcome outcome = ProjectionLag.run(context, rate);
        results.latency(
                "P3",
                "projection lag p50 at %.0f commands/s".formatted(rate),
                outcome.lag().getValueAtPercentile(50) / 1000.0);
        double p99 = outcome.lag().getValueAtPercentile(99) / 1000.0;
        results.latency("P3", "projection lag p99 at %.0f commands/s".formatted(rate), p99)
                .target("< 250 ms", p99 < 250 && outcome.neverSeen() == 0);
    }

    private void p5(String aggregate) throws Exception {
        Map<String, Load.Result> rollups = Queries.rollups(context);
        double worst = 0;
        for (Map.Entry<String, Load.Result> kind : rollups.entrySet()) {
            double p95 = kind.getValue().percentileMillis(95);
            worst = Math.max(worst, p95);
            String name = kind.getKey().replace('_', ' ');
            results.plain(
                    "P5",
                    "  cost rollup, %s: p50".formatted(name),
                    kind.getValue().percentileMillis(50),
                    "ms");
            results.plain("P5", "  cost rollup, %s: p95".formatted(name), p95, "ms");
        }
        results.plain(
                        "P5",
                        "cost rollups over %,d cost records: worst p95"
                                .formatted(context.settings().number(Setting.COST_RECORDS)),
                        worst,
                        "ms")
                .target("< 20 ms", worst < 20);
        if (aggregate == null) {
            return;
        }
        long events = context.settings().number(Setting.LONG_AGGREGATE);
        Load.Result half = Queries.pointInTime(context, aggregate, false);
        results.plain(
                "P5",
                "point-in-time state after %,d of %,d events: p50".formatted(events / 2, events),
                half.percentileMillis(50),
                "ms");
        Load.Result full = Queries.pointInTime(context, aggregate, true);
        results.plain(
                "P5",
                "point-in-time state of a %,d-event aggregate: p50".formatted(events),
                full.percentileMillis(50),
                "ms");
        results.plain("P5", "  p95", full.percentileMillis(95), "ms")
                .target("< 300 ms", full.percentileMillis(95) < 300);
    }

    private void p6() throws Exception {
        long stored = context.database().queryLong("SELECT count(*) FROM es.domain_event_entry");
        Map<Integer, Load.Result> p6 = SingleEvents.run(context, "P6");
        results.phase("P6").put("events_in_store_before", stored);
        singleEventFigures("P6", p6);
        Load.Result reference = p1 == null ? null : SingleEvents.best(p1);
        Load.Result same = reference == null ? SingleEvents.best(p6) : p6.get(reference.clients());
        results.rate(
                "P6",
                "single-event commands, %,d events stored (%d clients)".formatted(stored, same.clients()),
                same.requestsPerSecond(),
                "events/s");
        results.latency("P6", "  p99 latency at %d clients".formatted(same.clients()), same.percentileMillis(99));
        if (reference != null) {
            double ratio = same.requestsPerSecond() / reference.requestsPerSecond();
            results.plain("P6", "P6 ÷ P1 throughput at %d clients".formatted(same.clients()), ratio, "×")
                    .target("≥ 0.8", ratio >= 0.8);
        }
    }

    private void p4() throws Exception {
        FullRebuild.Outcome outcome = FullRebuild.run(context);
        results.rate(
                        "P4",
                        "full rebuild of the read model, %,d events%s"
                                .formatted(outcome.events(), outcome.complete() ? "" : " (INCOMPLETE: timeout)"),
                        outcome.eventsPerSecond(),
                        "events/s")
                .target("≥ 50,000 events/s", outcome.complete() && outcome.eventsPerSecond() >= 50_000);
    }

    private void guarded(String phase, Step step) {
        if (!context.settings().runs(phase)) {
            return;
        }
        try {
            context.log(phase + " starts");
            step.run();
        } catch (Exception e) {
            context.log(phase + " FAILED: " + e);
            results.phase(phase).put("error", String.valueOf(e));
        }
    }

    private interface Step {
        void run() throws Exception;
    }
}
