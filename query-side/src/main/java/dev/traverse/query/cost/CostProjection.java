package dev.traverse.query.cost;

import dev.traverse.api.testrun.UsageRecorded;
import dev.traverse.query.QuerySideConfiguration;
import dev.traverse.query.rows.ProjectionBatch;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code usage}, {@code cost} and the cost rollups ({@code cost_rollup_daily}, {@code cost_rollup_project_daily},
 * {@code cost_rollup_monthly}). A usage row is keyed by run and index; the totals
 * grow only when that row is new, so a replayed event adds nothing and the rollups always equal the sum of usage.
 * The usage of a processor batch is written together when it commits ({@link CostBatch}).
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
        ProjectionBatch.write(
                CostBatch.ORDER, CostBatch.class, () -> new CostBatch(jdbc), costs -> costs.recorded(event, at));
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE usage, cost, cost_rollup_daily, cost_rollup_project_daily, cost_rollup_monthly");
    }
}
