package dev.traverse.command.pricing;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.traverse.api.pricing.ModelPriceSet;
import dev.traverse.api.pricing.SetModelPrice;
import dev.traverse.command.rejection.CommandRejectedException;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** An organization's own model prices. It comes to be with the first price an admin sets. */
@Aggregate(lockFactory = "aggregateLockFactory")
public class PriceList {

    /** Model names and globs: letters, digits, {@code . _ : / -} and {@code *} for any run of characters. */
    static final Pattern MODEL_PATTERN = Pattern.compile("[A-Za-z0-9._:/*-]{1,100}");

    @AggregateIdentifier
    private String priceListId;

    protected PriceList() {
        // Created by the first SetModelPrice, rebuilt from events after that.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SetModelPrice command) {
        if (command.modelPattern() == null
                || !MODEL_PATTERN.matcher(command.modelPattern()).matches()) {
            throw CommandRejectedException.invalid(
                    "model_pattern", "model_pattern is a model name, * matching any characters (such as gpt-4o*)");
        }
        requirePrice(command.inputPricePerToken(), "input_price_per_token");
        requirePrice(command.outputPricePerToken(), "output_price_per_token");
        if (command.effectiveFrom() == null) {
            throw CommandRejectedException.invalid("effective_from", "effective_from is required");
        }
        apply(new ModelPriceSet(
                command.organizationId(),
                command.modelPattern(),
                command.inputPricePerToken(),
                command.outputPricePerToken(),
                command.effectiveFrom()));
    }

    private static void requirePrice(BigDecimal price, String field) {
        if (price == null || price.signum() < 0 || price.compareTo(BigDecimal.ONE) > 0) {
            throw CommandRejectedException.invalid(field, field + " is dollars per token, from 0 to 1");
        }
    }

    @EventSourcingHandler
    void on(ModelPriceSet event) {
        priceListId = SetModelPrice.priceListOf(event.organizationId());
    }
}
