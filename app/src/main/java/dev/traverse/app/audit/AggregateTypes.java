package dev.traverse.app.audit;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.config.AggregateConfiguration;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.springframework.stereotype.Component;

/**
 * Every aggregate type registered with Axon, by the name stored in the event table's {@code type} column, with the
 * model of its event-sourcing handlers and the factory of blank instances. New aggregates appear here without code
 * changes.
 */
@Component
class AggregateTypes {

    private final Configuration axon;
    private volatile Map<String, Known<?>> byName;

    AggregateTypes(Configuration axon) {
        this.axon = axon;
    }

    Optional<Known<?>> find(String name) {
        return Optional.ofNullable(known().get(name));
    }

    Set<String> names() {
        return known().keySet();
    }

    private Map<String, Known<?>> known() {
        Map<String, Known<?>> known = byName;
        if (known == null) {
            known = new TreeMap<>();
            for (AggregateConfiguration<?> aggregate : axon.findModules(AggregateConfiguration.class)) {
                Known<?> type = inspect(aggregate);
                known.put(type.model().type(), type);
            }
            known = Collections.unmodifiableMap(known);
            byName = known;
        }
        return known;
    }

    private <T> Known<T> inspect(AggregateConfiguration<T> aggregate) {
        Class<T> type = aggregate.aggregateType();
        // The same inspection Axon's aggregate configurer makes, with the application's parameter resolvers.
        AggregateModel<T> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(
                type, axon.parameterResolverFactory(), axon.handlerDefinition(type));
        return new Known<>(model, aggregate.aggregateFactory());
    }

    /** An aggregate type: its model and the factory making a blank instance for an identifier. */
    record Known<T>(AggregateModel<T> model, AggregateFactory<T> factory) {}
}
