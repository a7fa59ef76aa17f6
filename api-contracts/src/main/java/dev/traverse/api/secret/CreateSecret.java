package dev.traverse.api.secret;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates a secret value in a project. {@code ciphertext} is the value encrypted with the project's data key; the
 * plaintext never reaches a command, an event or the read model.
 */
public record CreateSecret(
        @TargetAggregateIdentifier String vaultId,
        String projectId,
        String organizationId,
        String secretId,
        String secretName,
        String ciphertext) {

    /** The id of a project's vault. */
    public static String vaultOf(String projectId) {
        return "vault-" + projectId;
    }
}
