package dev.traverse.command.pricing;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the price of a model on a day in the {@code model_price} read model: the organization's own prices before
 * the ones Traverse ships, an exact name before a pattern, a longer pattern before a shorter one, and of those the
 * latest that is already effective.
 */
@Component
public class Prices {

    private final JdbcTemplate jdbc;

    Prices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Price> priceOf(String organizationId, String model, LocalDate day) {
        return jdbc
                .query(
                        """
                        SELECT model_pattern, input_price_per_token, output_price_per_token FROM model_price
                        WHERE (organization_id = ? OR organization_id IS NULL)
                          AND effective_from <= ?
                          AND lower(?) LIKE like_pattern ESCAPE '\\'
                        ORDER BY organization_id IS NULL, position('*' IN model_pattern) > 0,
                                 length(model_pattern) DESC, effective_from DESC
                        LIMIT 1
                        """,
                        (rs, row) -> new Price(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)),
                        organizationId,
                        day,
                        model)
                .stream()
                .findFirst();
    }
}
