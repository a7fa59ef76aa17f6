package dev.traverse.query.pricing;

import dev.traverse.api.access.Access;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Lists the prices that apply to an organization: its own first, then the shipped ones. */
@RestController
class ModelPriceQueryController {

    private final JdbcTemplate jdbc;

    ModelPriceQueryController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/v1/organizations/{id}/model-prices")
    @Access(value = Permission.READ, kind = ResourceKind.ORGANIZATION, resource = "id")
    Map<String, List<PriceView>> prices(@PathVariable String id) {
        return Map.of(
                "data",
                jdbc.query(
                        "SELECT model_pattern, input_price_per_token, output_price_per_token, effective_from, source,"
                                + " organization_id IS NOT NULL FROM model_price"
                                + " WHERE organization_id = ? OR organization_id IS NULL"
                                + " ORDER BY organization_id IS NULL, model_pattern, effective_from DESC",
                        (rs, row) -> new PriceView(
                                rs.getString(1),
                                rs.getBigDecimal(2),
                                rs.getBigDecimal(3),
                                rs.getObject(4, LocalDate.class),
                                rs.getString(5),
                                rs.getBoolean(6)),
                        id));
    }

    /** A price in dollars per token; {@code own} when the organization set it. */
    record PriceView(
            String modelPattern,
            BigDecimal inputPricePerToken,
            BigDecimal outputPricePerToken,
            LocalDate effectiveFrom,
            String source,
            boolean own) {}
}
