package dev.traverse.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * P5: reads over the preloaded store. Cost rollups as analytics ask for them (a project or an organization, grouped
 * by day, model, test case or project, over the default last 30 days or a whole year), and the point-in-time state of
 * the long aggregate, rebuilt from all its events (and from half of them).
 */
final class Queries {

    /** A rollup query kind: a project's or an organization's costs over a range, grouped by one of groupings. */
    private record Kind(String name, String scope, List<String> ids, List<String> groupings, String range) {}

    private static final Duration CAP = Duration.ofSeconds(120);

    private Queries() {}

    /** Each rollup kind's latencies. */
    static Map<String, Load.Result> rollups(Context context) throws Exception {
        Settings settings = context.settings();
        Fixture fixture = context.fixture();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String yearAgo = LocalDate.now(ZoneOffset.UTC).minusDays(365).toString();
        Map<String, Load.Result> results = new LinkedHashMap<>();
        List<Kind> kinds = List.of(
                new Kind("project_30_days", "projects", fixture.projects(), List.of("day", "model", "test_case"), ""),
                new Kind(
                        "project_365_days",
                        "projects",
                        fixture.projects(),
                        List.of("day", "model", "test_case"),
                        "&from=" + yearAgo + "&to=" + today),
                new Kind(
                        "organization_30_days",
                        "organizations",
                        fixture.organizations(),
                        List.of("day", "model", "test_case", "project"),
                        ""),
                new Kind(
                        "organization_365_days",
                        "organizations",
                        fixture.organizations(),
                        List.of("day", "model", "test_case", "project"),
                        "&from=" + yearAgo + "&to=" + today));
        // Every kind, mixed, for a while first: after 400 unmeasured requests of a kind the JIT was still compiling
        // the rollups' path (hundred-millisecond compilations in the profile) while the next 400 were measured.
        Load.closed(
                "P5-warmup-all",
                settings.integer(Setting.P5_CLIENTS),
                settings.seconds(Setting.P5_WARMUP_SECONDS),
                settings.number(Setting.MAX_REQUESTS),
                n -> () -> rollup(context, kinds.get(ThreadLocalRandom.current().nextInt(kinds.size()))));
        for (Kind kind : kinds) {
            Load.Client client = () -> rollup(context, kind);
            // As many unmeasured requests of this kind first, so its own path is as warm as the others'.
            Load.closed(
                    "P5-warmup",
                    settings.integer(Setting.P5_CLIENTS),
                    CAP,
                    settings.number(Setting.P5_REQUESTS),
                    n -> client);

            results.put(
                    kind.name(),
                    context.measure(
                            "P5",
                            kind.name(),
                            () -> Load.closed(
                                    "P5-" + kind.name(),
                                    settings.integer(Setting.P5_CLIENTS),
                                    CAP,
                                    settings.number(Setting.P5_REQUESTS),
                                    n -> client)));
        }
        return results;
    }

    private static int rollup(Context context, Kind kind) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String id = kind.ids().get(random.nextInt(kind.ids().size()));
        String grouping = kind.groupings().get(random.nextInt(kind.groupings().size()));
        context.api()
                .get("/api/v1/" + kind.scope() + "/" + id + "/costs?group_by=" + grouping + kind.range())
                .require("cost rollup");
        return 1;
    }

    /** The long aggregate's state after all its events ({@code full}) or after half of them, one request at a time. */
    static Load.Result pointInTime(Context context, String aggregate, boolean full) throws Exception {
        long events = context.settings().number(Setting.LONG_AGGREGATE);
        String path =
                "/api/v1/audit/aggregates/" + aggregate + "/state" + (full ? "" : "?sequence=" + (events / 2 - 1));
        Load.Client client = () -> {
            context.api().get(path).require("point-in-time state");
            return 1;
        };
        Load.closed("P5-state-warmup", 1, CAP, 2, n -> client);
        return context.measure(
                "P5",
                full ? "state_all_events" : "state_half_events",
                () -> Load.closed(
                        "P5-state", 1, CAP, context.settings().number(Setting.P5_STATE_REQUESTS), n -> client));
    }
}
