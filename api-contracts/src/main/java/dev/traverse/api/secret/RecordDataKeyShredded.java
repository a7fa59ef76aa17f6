package dev.traverse.api.secret;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that the project's data key was destroyed: its secret values are unreadable from now on, everywhere. */
public record RecordDataKeyShredded(
        @TargetAggregateIdentifier String vaultId, String projectId, String organizationId) {}
