package dev.traverse.api.secret;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that a runner read a secret's value (who and which version, never the value). */
public record RecordSecretReveal(
        @TargetAggregateIdentifier String vaultId,
        String projectId,
        String secretId,
        int version,
        String actorType,
        String actorId) {}
