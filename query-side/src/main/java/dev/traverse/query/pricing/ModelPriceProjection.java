package dev.traverse.query.pricing;

import dev.traverse.api.pricing.ModelPriceSet;
import dev.traverse.query.QuerySideConfiguration;
import dev.traverse.query.rows.Rows;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the organizations' rows of {@code model_price}. The shipped prices (organization_id NULL) come from a
 * migration and survive a rebuild.
 */
@Component
@ProcessingGroup(QuerySideConfiguration.CATALOG)
class ModelPriceProjection {

    private final JdbcTemplate jdbc;

    ModelPriceProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ModelPriceSet event, @Timestamp Instant at) {
        jdbc.update(
                """
                INSERT INTO model_price (organization_id, model_pattern, like_pattern, input_price_per_token,
                                         output_price_per_token, effective_from, source, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, 'organization', ?)
                ON CONFLICT (coalesce(organization_id, ''), model_pattern, effective_from) DO UPDATE SET
                    input_price_per_token = EXCLUDED.input_price_per_token,
                    output_price_per_token = EXCLUDED.output_price_per_token,
                    updated_at = EXCLUDED.updated_at
                """,
                event.organizationId(),
                event.modelPattern(),
                likePattern(event.modelPattern()),
                event.inputPricePerToken(),
                event.outputPricePerToken(),
                event.effectiveFrom(),
                Rows.utc(at));
    }

    /** A glob ({@code gpt-4o*}) as a lowercase SQL LIKE pattern, with LIKE's own wildcards escaped. */
    static String likePattern(String glob) {
        return glob.toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_")
                .replace('*', '%');
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM model_price WHERE organization_id IS NOT NULL");
    }
}
