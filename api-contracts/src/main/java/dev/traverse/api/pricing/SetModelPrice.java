package dev.traverse.api.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets the price of the models matching {@code modelPattern} from {@code effectiveFrom} on, for one organization. */
public record SetModelPrice(
        @TargetAggregateIdentifier String priceListId,
        String organizationId,
        String modelPattern,
        BigDecimal inputPricePerToken,
        BigDecimal outputPricePerToken,
        LocalDate effectiveFrom) {

    /** The id of an organization's price list. */
    public static String priceListOf(String organizationId) {
        return "prices-" + organizationId;
    }
}
