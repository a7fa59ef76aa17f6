package dev.traverse.api.secret;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Deletes a secret; traversals using it lose it. */
public record DeleteSecret(
        @TargetAggregateIdentifier String vaultId, String projectId, String secretId, Long expectedVersion) {}
