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
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The usage of one processor batch, written set by set when the batch commits: the usage rows in one statement, and
 * only the rows that were new (a replayed event's are not) summed per run into {@code cost} and into the three
 * rollups (per project, day, test case and model; per project and day; per project, month, test case and model), one
 * statement each.
 */
final class CostBatch implements ProjectionBatch.Pending {

    /** After the run writes: a run started in the same batch is marked as costed. */
    static final int ORDER = 20;

    private static final String MIXED = "mixed";

    private static final Rollup DAILY = new Rollup(
            "cost_rollup_daily", "project_id, test_case_id, day, model_type", "text, text, date, text", key ->
                    new Object[] {key.projectId(), key.testCaseId(), key.day(), key.modelType()});
    private static final Rollup PROJECT_DAILY =
            new Rollup("cost_rollup_project_daily", "project_id, day", "text, date", key ->
                    new Object[] {key.projectId(), key.day()});
    private static final Rollup MONTHLY = new Rollup(
            "cost_rollup_monthly", "project_id, test_case_id, month, model_type", "text, text, date, text", key ->
                    new Object[] {key.projectId(), key.testCaseId(), key.day(), key.modelType()});

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
        Map<RollupKey, Sum> daily = new LinkedHashMap<>();
        Map<RollupKey, Sum> projectDaily = new LinkedHashMap<>();
        Map<RollupKey, Sum> monthly = new LinkedHashMap<>();
        for (Entry entry : entries) {
            // A usage the batch holds twice counts once, as the first statement of the two would.
            if (!inserted.remove(key(entry.event().runId(), entry.usage().idx()))) {
                continue;
            }
            UsageRecorded event = entry.event();
            Usage usage = entry.usage();
            costs.computeIfAbsent(event.runId(), id -> new RunCost(event, usage.modelType(), entry.at()))
                    .add(usage, entry.at());
            LocalDate day = LocalDate.ofInstant(entry.at(), ZoneOffset.UTC);
            String organization = event.organizationId();
            sum(daily, new RollupKey(event.projectId(), day, event.testCaseId(), usage.modelType()), organization)
                    .add(usage);
            sum(projectDaily, new RollupKey(event.projectId(), day, "", ""), organization)
                    .add(usage);
            sum(
                            monthly,
                            new RollupKey(
                                    event.projectId(), day.withDayOfMonth(1), event.testCaseId(), usage.modelType()),
                            organization)
                    .add(usage);
        }
        if (!costs.isEmpty()) {
            addToRunCosts(costs);
            addToRollups(DAILY, daily);
            addToRollups(PROJECT_DAILY, projectDaily);
            addToRollups(MONTHLY, monthly);
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

    /**
     * The upsert of a rollup table: organization, then the key columns (of the given types), then the four sums, one
     * array per column; a key already present grows by the sums.
     */
    private static String upsert(String table, String keyColumns, String keyTypes) {
        StringBuilder sql = new StringBuilder(
                "INSERT INTO " + table + " (organization_id, " + keyColumns
                        + ", input_token_num, completion_token_num, cost_in_dollars, usage_count) SELECT * FROM unnest(?::text[]");
        for (String type : keyTypes.split(", ")) {
            sql.append(", ?::").append(type).append("[]");
        }
        sql.append(", ?::bigint[], ?::bigint[], ?::numeric[], ?::bigint[]) ON CONFLICT (")
                .append(keyColumns)
                .append(") DO UPDATE SET ");
        String[] sums = {"input_token_num", "completion_token_num", "cost_in_dollars", "usage_count"};
        for (int i = 0; i < sums.length; i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append(sums[i])
                    .append(" = ")
                    .append(table)
                    .append('.')
                    .append(sums[i])
                    .append(" + EXCLUDED.")
                    .append(sums[i]);
        }
        return sql.toString();
    }

    private static Sum sum(Map<RollupKey, Sum> sums, RollupKey key, String organizationId) {
        return sums.computeIfAbsent(key, k -> new Sum(organizationId));
    }

    /** One upsert per rollup table: organization, the table's key columns, the four sums. */
    private void addToRollups(Rollup rollup, Map<RollupKey, Sum> rollups) {
        UnnestRows rows = new UnnestRows(rollup.keyColumns + 5);
        rollups.forEach((key, sum) -> {
            Object[] keyValues = rollup.key.apply(key);
            Object[] row = new Object[keyValues.length + 5];
            row[0] = sum.organizationId;
            System.arraycopy(keyValues, 0, row, 1, keyValues.length);
            row[keyValues.length + 1] = sum.input;
            row[keyValues.length + 2] = sum.completion;
            row[keyValues.length + 3] = sum.dollars;
            row[keyValues.length + 4] = sum.count;
            rows.add(row);
        });
        jdbc.update(rollup.upsert, rows.parameters());
    }

    /** A rollup table: its upsert, and which of a {@link RollupKey}'s values fill its key columns, in their order. */
    private static final class Rollup {
        final String upsert;
        final int keyColumns;
        final Function<RollupKey, Object[]> key;

        Rollup(String table, String keyColumns, String keyTypes, Function<RollupKey, Object[]> key) {
            this.upsert = upsert(table, keyColumns, keyTypes);
            this.keyColumns = keyTypes.split(", ").length;
            this.key = key;
        }
    }

    private static String key(String runId, int idx) {
        return runId + '#' + idx;
    }

    private record Entry(UsageRecorded event, Usage usage, Instant at) {}

    /** A rollup row's key; {@code day} is the month's first day in the monthly rollup. */
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
