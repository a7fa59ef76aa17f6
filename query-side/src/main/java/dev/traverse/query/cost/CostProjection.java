package dev.traverse.query.cost;

import dev.traverse.api.testrun.Usage;
import dev.traverse.api.testrun.UsageRecorded;
import dev.traverse.query.QuerySideConfiguration;
import dev.traverse.query.rows.Rows;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code usage}, {@code cost} and {@code cost_rollup_daily}. A usage row is keyed by run and index; the totals
 * grow only when that row is new, so a replayed event adds nothing and the rollups always equal the sum of usage.
 */
@Component
@ProcessingGroup(QuerySideConfiguration.RUNS)
class CostProjection {

    private final JdbcTemplate jdbc;

    CostProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(UsageRecorded event, @Timestamp Instant at) {
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        for (Usage usage : event.usages()) {
            int inserted = jdbc.update(
                    """
                    INSERT INTO usage (test_run_id, idx, test_case_id, project_id, organization_id, model_type,
                                       input_token_num, completion_token_num, input_price_per_token,
                                       output_price_per_token, cost_in_dollars, price_source, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                    """,
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
                    Rows.utc(at));
            if (inserted == 1) {
                addToRunCost(event, usage, at);
                addToRollup(event, usage, day);
            }
        }
        jdbc.update("UPDATE test_run SET cost_id = ? WHERE id = ? AND cost_id IS NULL", event.runId(), event.runId());
    }

    private void addToRunCost(UsageRecorded event, Usage usage, Instant at) {
        jdbc.update(
                """
                INSERT INTO cost (id, test_run_id, project_id, test_case_id, organization_id, created_at, updated_at,
                                  model_type, cost_per_token, input_token_num, completion_token_num, cost_in_dollars)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, CASE WHEN ?::bigint + ?::bigint > 0
                                                     THEN round(?::numeric / (?::bigint + ?::bigint), 12) ELSE 0 END,
                        ?, ?, ?)
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
                """,
                event.runId(),
                event.runId(),
                event.projectId(),
                event.testCaseId(),
                event.organizationId(),
                Rows.utc(at),
                Rows.utc(at),
                usage.modelType(),
                usage.inputTokenNum(),
                usage.completionTokenNum(),
                usage.costInDollars(),
                usage.inputTokenNum(),
                usage.completionTokenNum(),
                usage.inputTokenNum(),
                usage.completionTokenNum(),
                usage.costInDollars());
    }

    private void addToRollup(UsageRecorded event, Usage usage, LocalDate day) {
        jdbc.update(
                """
                INSERT INTO cost_rollup_daily (organization_id, project_id, test_case_id, day, model_type,
                                               input_token_num, completion_token_num, cost_in_dollars, usage_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)
                ON CONFLICT (project_id, day, test_case_id, model_type) DO UPDATE SET
                    input_token_num = cost_rollup_daily.input_token_num + EXCLUDED.input_token_num,
                    completion_token_num = cost_rollup_daily.completion_token_num + EXCLUDED.completion_token_num,
                    cost_in_dollars = cost_rollup_daily.cost_in_dollars + EXCLUDED.cost_in_dollars,
                    usage_count = cost_rollup_daily.usage_count + 1
                """,
                event.organizationId(),
                event.projectId(),
                event.testCaseId(),
                day,
                usage.modelType(),
                usage.inputTokenNum(),
                usage.completionTokenNum(),
                usage.costInDollars());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE usage, cost, cost_rollup_daily");
    }
}
