package dev.traverse.api.testrun;

import java.math.BigDecimal;

/**
 * LLM usage reported by a run, priced when it was recorded. Money is exact decimal, never floating point.
 *
 * @param idx position in the run's usage reports, from 0 without gaps
 * @param modelType the model name as the agent reported it
 * @param inputTokenNum prompt tokens
 * @param completionTokenNum completion tokens
 * @param inputPricePerToken dollars per input token used for the price, or {@code null} when the caller gave dollars
 * @param outputPricePerToken dollars per output token used for the price, or {@code null}
 * @param costInDollars the cost of this usage
 * @param priceSource {@code caller} when the caller gave the dollars, otherwise the matched price's model pattern
 */
public record Usage(
        int idx,
        String modelType,
        long inputTokenNum,
        long completionTokenNum,
        BigDecimal inputPricePerToken,
        BigDecimal outputPricePerToken,
        BigDecimal costInDollars,
        String priceSource) {}
