package dev.traverse.api.pricing;

import dev.traverse.api.organization.OrganizationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An organization set the price of the models matching a pattern from a date on. */
@Revision("1")
public record ModelPriceSet(
        String organizationId,
        String modelPattern,
        BigDecimal inputPricePerToken,
        BigDecimal outputPricePerToken,
        LocalDate effectiveFrom)
        implements OrganizationScoped {}
