package dev.traverse.api.apikey;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a new API key. The key itself never reaches a command: only its keyed hash (HMAC-SHA256 with the
 * server's pepper) and a display hint do.
 */
public record CreateApiKey(
        @TargetAggregateIdentifier String keyId,
        String organizationId,
        String projectId,
        List<ApiKeyScope> scopes,
        Instant expiresAt,
        String description,
        String keyHash,
        String hint) {}
