package dev.traverse.query.cost;

import dev.traverse.api.testrun.Usage;
import dev.traverse.api.testrun.UsageRecorded;
import dev.traverse.query.rows.ProjectionBatch;
import dev.traverse.query.rows.UnnestRows;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The usage of one processor batch, written set by set when the batch commits: the usage rows in one statement, and
 * only the rows that were new (a replayed event's are not) summed per run into {@code cost} and per project, day,
 * test case and model into {@code cost_rollup_daily}, one statement each.
 */
final class CostBatch implements ProjectionBatch.Pending {

    /** After the run writes: a run started in the same batch is marked as costed. */
    static final int ORDER = 20;

    private static final String MIXED = "mixed";

    private final JdbcTemplate jdbc;
    private final List<Entry> entries = new ArrayList<>();

    CostBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void recorded(UsageRecorded event, Instant at) {
        for (Usage usage : event.usages()) {
            entries.add(new Entry(event, usage, at));
        }
    }

    @Override
    public void flush() {
        if (entries.isEmpty()) {
            return;
        }
        Set<String> inserted = insertUsage();
        Map<String, RunCost> costs = new LinkedHashMap<>();
        Map<RollupKey, Sum> rollups = new LinkedHashMap<>();
        for (Entry entry : entries) {
            // A usage the batch holds twice counts once, as the first statement of the two would.
            if (!inserted.remove(key(entry.event().runId(), entry.usage().idx()))) {
                continue;
            }
            UsageRecorded event = entry.event();
            Usage usage = entry.usage();
            costs.computeIfAbsent(event.runId(), id -> new RunCost(event, usage.modelType(), entry.at()))
                    .add(usage, entry.at());
            rollups.computeIfAbsent(
                            new RollupKey(
                                    event.projectId(),
                                    LocalDate.ofInstant(entry.at(), ZoneOffset.UTC),
                                    event.testCaseId(),
                                    usage.modelType()),
                            key -> new Sum(event.organizationId()))
                    .add(usage);
        }
        if (!costs.isEmpty()) {
            addToRunCosts(costs);
            addToRollups(rollups);
        }
        String[] runs =
                entries.stream().map(entry -> entry.event().runId()).distinct().toArray(String[]::new);
        jdbc.update(
                "UPDATE test_run SET cost_id = id WHERE id = ANY(?) AND cost_id IS NULL",
                statement -> statement.setArray(1, statement.getConnection().createArrayOf("text", runs)));
    }

    /** Inserts the usage rows; returns the keys of those that were new. */
    private Set<String> insertUsage() {
        UnnestRows rows = new UnnestRows(13);
        for (Entry entry : entries) {
            UsageRecorded event = entry.event();
            Usage usage = entry.usage();
            rows.add(
                    event.runId(),
                    usage.idx(),
                    event.testCaseId(),
                    event.projectId(),
                    event.organizationId(),
                    usage.modelType(),
                    usage.inputTokenNum(),
                    usage.completionTokenNum(),
                    usage.inputPricePerToken(),
                    usage.outputPricePerToken(),
                    usage.costInDollars(),
                    usage.priceSource(),
                    entry.at());
        }
        return new HashSet<>(jdbc.query("""
                INSERT INTO usage (test_run_id, idx, test_case_id, project_id, organization_id, model_type,
                                   input_token_num, completion_token_num, input_price_per_token,
                                   output_price_per_token, cost_in_dollars, price_source, recorded_at)
                SELECT * FROM unnest(?::text[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[],
                                     ?::bigint[], ?::numeric[], ?::numeric[], ?::numeric[], ?::text[],
                                     ?::timestamptz[])
                ON CONFLICT DO NOTHING
                RETURNING test_run_id, idx
                """, rows.parameters(), (rs, row) -> key(rs.getString(1), rs.getInt(2))));
    }

    /** A run's cost grows by the batch's usage; its blended price per token is recomputed from the totals. */
    private void addToRunCosts(Map<String, RunCost> costs) {
        UnnestRows rows = new UnnestRows(10);
        costs.forEach((runId, cost) -> rows.add(
                runId,
                cost.projectId,
                cost.testCaseId,
                cost.organizationId,
                cost.firstAt,
                cost.lastAt,
                cost.modelType,
                cost.sum.input,
                cost.sum.completion,
                cost.sum.dollars));
        jdbc.update("""
                INSERT INTO cost (id, test_run_id, project_id, test_case_id, organization_id, created_at, updated_at,
                                  model_type, cost_per_token, input_token_num, completion_token_num, cost_in_dollars)
                SELECT u.run_id, u.run_id, u.project_id, u.test_case_id, u.organization_id, u.created_at,
                       u.updated_at, u.model_type,
                       CASE WHEN u.input + u.completion > 0 THEN round(u.dollars / (u.input + u.completion), 12)
                            ELSE 0 END,
                       u.input, u.completion, u.dollars
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[], ?::text[],
                            ?::bigint[], ?::bigint[], ?::numeric[])
                         AS u(run_id, project_id, test_case_id, organization_id, created_at, updated_at, model_type,
                              input, completion, dollars)
                ON CONFLICT (id) DO UPDATE SET
                    updated_at = EXCLUDED.updated_at,
                    model_type = CASE WHEN cost.model_type = EXCLUDED.model_type THEN cost.model_type ELSE 'mixed' END,
                    input_token_num = cost.input_token_num + EXCLUDED.input_token_num,
                    completion_token_num = cost.completion_token_num + EXCLUDED.completion_token_num,
                    cost_in_dollars = cost.cost_in_dollars + EXCLUDED.cost_in_dollars,
                    cost_per_token = CASE
                        WHEN cost.input_token_num + EXCLUDED.input_token_num + cost.completion_token_num
                             + EXCLUDED.completion_token_num > 0
                        THEN round((cost.cost_in_dollars + EXCLUDED.cost_in_dollars)
                                   / (cost.input_token_num + EXCLUDED.input_token_num + cost.completion_token_num
                                      + EXCLUDED.completion_token_num), 12)
                        ELSE 0 END
                """, rows.parameters());
    }

    private void addToRollups(Map<RollupKey, Sum> rollups) {
        UnnestRows rows = new UnnestRows(9);
        rollups.forEach((key, sum) -> rows.add(
                sum.organizationId,
                key.projectId(),
                key.testCaseId(),
                key.day(),
                key.modelType(),
                sum.input,
                sum.completion,
                sum.dollars,
                sum.count));
        jdbc.update("""
                INSERT INTO cost_rollup_daily (organization_id, project_id, test_case_id, day, model_type,
                                               input_token_num, completion_token_num, cost_in_dollars, usage_count)
                SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::date[], ?::text[], ?::bigint[], ?::bigint[],
                                     ?::numeric[], ?::bigint[])
                ON CONFLICT (project_id, day, test_case_id, model_type) DO UPDATE SET
                    input_token_num = cost_rollup_daily.input_token_num + EXCLUDED.input_token_num,
                    completion_token_num = cost_rollup_daily.completion_token_num + EXCLUDED.completion_token_num,
                    cost_in_dollars = cost_rollup_daily.cost_in_dollars + EXCLUDED.cost_in_dollars,
                    usage_count = cost_rollup_daily.usage_count + EXCLUDED.usage_count
                """, rows.parameters());
    }

    private static String key(String runId, int idx) {
        return runId + '#' + idx;
    }

    private record Entry(UsageRecorded event, Usage usage, Instant at) {}

    private record RollupKey(String projectId, LocalDate day, String testCaseId, String modelType) {}

    /** Token and dollar totals. */
    private static final class Sum {
        final String organizationId;
        long input;
        long completion;
        BigDecimal dollars = BigDecimal.ZERO;
        long count;

        Sum(String organizationId) {
            this.organizationId = organizationId;
        }

        void add(Usage usage) {
            input += usage.inputTokenNum();
            completion += usage.completionTokenNum();
            dollars = dollars.add(usage.costInDollars());
            count++;
        }
    }

    /** The batch's usage of one run: one model, or "mixed" as soon as a second one appears. */
    private static final class RunCost {
        final String projectId;
        final String testCaseId;
        final String organizationId;
        final Instant firstAt;
        final Sum sum;
        String modelType;
        Instant lastAt;

        RunCost(UsageRecorded event, String modelType, Instant at) {
            this.projectId = event.projectId();
            this.testCaseId = event.testCaseId();
            this.organizationId = event.organizationId();
            this.sum = new Sum(event.organizationId());
            this.modelType = modelType;
            this.firstAt = at;
        }

        void add(Usage usage, Instant at) {
            sum.add(usage);
            if (!modelType.equals(usage.modelType())) {
                modelType = MIXED;
            }
            lastAt = at;
        }
    }
}
