package dev.traverse.app.projection;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.serialization.UnknownSerializedType;

/**
 * Processes all events of one organization in order, in one segment; organizations run in parallel. A projection can
 * then rely on cross-aggregate order (a document exists before a test case links it) without joins at write time.
 */
class OrganizationSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        if (!UnknownSerializedType.class.equals(event.getPayloadType())
                && event.getPayload() instanceof OrganizationScoped scoped) {
            return scoped.organizationId();
        }
        return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }
}
