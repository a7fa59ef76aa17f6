package dev.traverse.app.request;

import dev.traverse.api.organization.OrganizationScoped;
import dev.traverse.app.context.RequestContext;
import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * Runs on every event an aggregate publishes: stamps the owning organization into the metadata (auditors filter on
 * it) and records the event's type in the request context, so the request knows which projections to wait for.
 */
class EventMetadata implements MessageDispatchInterceptor<EventMessage<?>> {

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, event) -> {
            RequestContext.current().ifPresent(context -> context.recordEvent(event.getPayloadType()));
            if (event.getPayload() instanceof OrganizationScoped scoped) {
                return event.andMetaData(java.util.Map.of("organization_id", scoped.organizationId()));
            }
            return event;
        };
    }
}
