package dev.traverse.app.request;

import dev.traverse.app.context.RequestContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;

/**
 * Stamps every command sent while serving a request with who sent it and why: actor, organization, request id
 * (as correlation and causation id). Axon's correlation data providers copy these onto the events the command causes.
 */
@Component
class CommandMetadata implements MessageDispatchInterceptor<CommandMessage<?>> {

    /** The metadata keys a command hands on to its events. */
    static final List<String> KEYS =
            List.of("actor_type", "actor_id", "organization_id", "request_id", "correlation_id", "causation_id");

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            RequestContext context = RequestContext.current().orElse(null);
            if (context == null) {
                return command;
            }
            Map<String, Object> metadata = new HashMap<>();
            putIfPresent(metadata, "actor_type", context.actorType());
            putIfPresent(metadata, "actor_id", context.actorId());
            putIfPresent(metadata, "organization_id", context.organizationId());
            metadata.put("request_id", context.requestId());
            metadata.put("correlation_id", context.requestId());
            metadata.put("causation_id", context.requestId());
            return command.andMetaData(metadata);
        };
    }

    private static void putIfPresent(Map<String, Object> metadata, String key, String value) {
        if (value != null) {
            metadata.put(key, value);
        }
    }
}
