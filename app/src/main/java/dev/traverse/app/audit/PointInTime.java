package dev.traverse.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.traverse.app.problem.ProblemException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Rebuilds an aggregate as it was at a time or after a sequence number: a blank instance, then its events from
 * sequence 0 (never a snapshot: older snapshots are pruned and may hide history) up to the wanted point, applied by
 * the aggregate's own event-sourcing handlers, upcast to today's shape like any load.
 */
@Component
class PointInTime {

    private final EventStorageEngine storage;
    private final AggregateTypes types;

    PointInTime(EventStorageEngine storage, AggregateTypes types) {
        this.storage = storage;
        this.types = types;
    }

    /**
     * The aggregate's state after its last event up to {@code sequence} and not later than {@code at} (either may be
     * {@code null}: no limit).
     *
     * @throws ProblemException (404) when the aggregate had no event yet at that point
     */
    AggregateState state(String aggregateId, String aggregateType, Long sequence, Instant at) {
        AggregateTypes.Known<?> type = types.find(aggregateType)
                .orElseThrow(() -> new IllegalStateException("events of unknown aggregate type " + aggregateType));
        AtomicReference<DomainEventMessage<?>> last = new AtomicReference<>();
        DomainEventStream events = DomainEventStream.of(storage.readEvents(aggregateId, 0)
                .asStream()
                .takeWhile(event -> (sequence == null || event.getSequenceNumber() <= sequence)
                        && (at == null || !event.getTimestamp().isAfter(at)))
                .peek(last::set));
        if (!events.hasNext()) {
            throw new ProblemException(
                    HttpStatus.NOT_FOUND, "not-found", "the aggregate did not exist yet at that point", null);
        }
        return rebuild(type, aggregateId, aggregateType, events, last);
    }

    private static <T> AggregateState rebuild(
            AggregateTypes.Known<T> type,
            String aggregateId,
            String aggregateType,
            DomainEventStream events,
            AtomicReference<DomainEventMessage<?>> last) {
        T root;
        try {
            root = type.factory().createAggregateRoot(aggregateId, events.peek());
        } catch (Exception e) {
            throw new IllegalStateException("cannot create a blank " + aggregateType, e);
        }
        EventSourcedAggregate<T> aggregate =
                EventSourcedAggregate.initialize(root, type.model(), null, NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(events);
        JsonNode state = StateJson.of(aggregate.getAggregateRoot());
        DomainEventMessage<?> applied = last.get();
        return new AggregateState(
                aggregateId,
                aggregateType,
                applied.getSequenceNumber(),
                applied.getTimestamp(),
                aggregate.isDeleted(),
                state);
    }

    /**
     * An aggregate as it was.
     *
     * @param aggregateId its id
     * @param aggregateType its type
     * @param sequenceNumber the sequence number of the last event applied
     * @param timestamp the time of that event
     * @param deleted whether the aggregate was deleted by then
     * @param state its fields, in snake_case
     */
    record AggregateState(
            String aggregateId,
            String aggregateType,
            long sequenceNumber,
            Instant timestamp,
            boolean deleted,
            JsonNode state) {}
}
