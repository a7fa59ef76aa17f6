package dev.traverse.app.projection;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.serialization.UnknownSerializedType;

/**
 * Processes all events of one organization in order, in one segment; organizations run in parallel. A projection can
 * then rely on cross-aggregate order (a document exists before a test case links it) without joins at write time.
 *
 * <p>The organization is read from the {@code organization_id} metadata every event of an organization carries: a
 * processor's single coordinator thread asks this of every event, and reading the small metadata there leaves the
 * payload to be deserialized by the segments' workers in parallel. Events stored without it fall back to the payload.
 */
class OrganizationSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    private static final String ORGANIZATION = "organization_id";

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        if (event.getMetaData().get(ORGANIZATION) instanceof String organization) {
            return organization;
        }
        if (!UnknownSerializedType.class.equals(event.getPayloadType())
                && event.getPayload() instanceof OrganizationScoped scoped) {
            return scoped.organizationId();
        }
        return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }
}
