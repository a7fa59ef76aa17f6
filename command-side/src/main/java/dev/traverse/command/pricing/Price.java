package dev.traverse.command.pricing;

import java.math.BigDecimal;

/**
 * The price that applies to a model: dollars per input and per output token, and the pattern that matched.
 *
 * @param modelPattern the matching price's pattern
 * @param inputPricePerToken dollars per input token
 * @param outputPricePerToken dollars per output token
 */
public record Price(String modelPattern, BigDecimal inputPricePerToken, BigDecimal outputPricePerToken) {

    /** Dollars for the tokens, exact. */
    public BigDecimal cost(long inputTokens, long completionTokens) {
        return inputPricePerToken
                .multiply(BigDecimal.valueOf(inputTokens))
                .add(outputPricePerToken.multiply(BigDecimal.valueOf(completionTokens)));
    }
}
