package dev.traverse.api.secret;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Gives a secret a new value. {@code ciphertext} is bound to {@code newVersion}; if someone else changed the secret in
 * between, the command is refused and the caller encrypts again.
 */
public record ReplaceSecretValue(
        @TargetAggregateIdentifier String vaultId,
        String projectId,
        String secretId,
        String ciphertext,
        long newVersion,
        Long expectedVersion) {}
