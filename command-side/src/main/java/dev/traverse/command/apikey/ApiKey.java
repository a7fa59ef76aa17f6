package dev.traverse.command.apikey;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.traverse.api.apikey.ApiKeyCreated;
import dev.traverse.api.apikey.ApiKeyRevoked;
import dev.traverse.api.apikey.CreateApiKey;
import dev.traverse.api.apikey.RevokeApiKey;
import dev.traverse.command.rejection.CommandRejectedException;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** One API key of an organization: created with its scopes, revoked once. */
@Aggregate(lockFactory = "aggregateLockFactory")
public class ApiKey {

    @AggregateIdentifier
    private String keyId;

    private String organizationId;
    private boolean revoked;

    protected ApiKey() {
        // For Axon: rebuilt from events.
    }

    @CommandHandler
    public ApiKey(CreateApiKey command) {
        List<?> scopes = command.scopes();
        if (scopes == null || scopes.isEmpty()) {
            throw CommandRejectedException.invalid("scopes", "a key needs at least one scope");
        }
        if (command.keyHash() == null || command.keyHash().length() != 64) {
            throw new IllegalArgumentException("a key reaches the aggregate as its 64-hex-digit keyed hash only");
        }
        apply(new ApiKeyCreated(
                command.keyId(),
                command.organizationId(),
                command.projectId(),
                List.copyOf(command.scopes()),
                command.expiresAt(),
                command.description(),
                command.keyHash(),
                command.hint()));
    }

    @CommandHandler
    public void handle(RevokeApiKey command) {
        if (!organizationId.equals(command.organizationId())) {
            throw CommandRejectedException.notFound("no API key '" + keyId + "' in this organization");
        }
        if (!revoked) {
            apply(new ApiKeyRevoked(keyId, organizationId));
        }
    }

    @EventSourcingHandler
    void on(ApiKeyCreated event) {
        keyId = event.keyId();
        organizationId = event.organizationId();
    }

    @EventSourcingHandler
    void on(ApiKeyRevoked event) {
        revoked = true;
    }
}
