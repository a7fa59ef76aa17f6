package dev.traverse.command.secret;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.traverse.api.secret.CreateSecret;
import dev.traverse.api.secret.DataKeyShredded;
import dev.traverse.api.secret.DeleteSecret;
import dev.traverse.api.secret.RecordDataKeyShredded;
import dev.traverse.api.secret.RecordSecretReveal;
import dev.traverse.api.secret.ReplaceSecretValue;
import dev.traverse.api.secret.SecretCreated;
import dev.traverse.api.secret.SecretDeleted;
import dev.traverse.api.secret.SecretRevealed;
import dev.traverse.api.secret.SecretValueReplaced;
import dev.traverse.command.rejection.CommandRejectedException;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A project's secrets: their names (unique in the project) and versions, and the record of who read which version.
 * It comes to be with the project's first secret. It never sees a plaintext value, only ciphertexts.
 */
@Aggregate(lockFactory = "aggregateLockFactory")
public class SecretVault {

    @AggregateIdentifier
    private String vaultId;

    private String projectId;
    private String organizationId;
    private final Map<String, Secret> secrets = new HashMap<>();

    protected SecretVault() {
        // Created by the project's first secret, rebuilt from events after that.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(CreateSecret command) {
        CommandRejectedException.requireText(command.secretName(), "secret_name");
        boolean taken =
                secrets.values().stream().anyMatch(secret -> secret.name().equals(command.secretName()));
        if (taken) {
            throw CommandRejectedException.conflict(
                    "secret_name", "a secret named '" + command.secretName() + "' already exists in the project");
        }
        requireCiphertext(command.ciphertext());
        apply(new SecretCreated(
                command.projectId(),
                command.organizationId(),
                command.secretId(),
                command.secretName(),
                command.ciphertext(),
                1));
        return 1;
    }

    @CommandHandler
    public long handle(ReplaceSecretValue command) {
        Secret secret = existing(command.secretId());
        CommandRejectedException.checkVersion(command.expectedVersion(), secret.version());
        if (command.newVersion() != secret.version() + 1) {
            throw CommandRejectedException.conflict(null, "the secret changed meanwhile; send the value again");
        }
        requireCiphertext(command.ciphertext());
        apply(new SecretValueReplaced(
                projectId, organizationId, command.secretId(), command.ciphertext(), command.newVersion()));
        return command.newVersion();
    }

    @CommandHandler
    public void handle(DeleteSecret command) {
        Secret secret = existing(command.secretId());
        CommandRejectedException.checkVersion(command.expectedVersion(), secret.version());
        apply(new SecretDeleted(projectId, organizationId, command.secretId(), secret.version() + 1));
    }

    @CommandHandler
    public void handle(RecordSecretReveal command) {
        Secret secret = existing(command.secretId());
        if (command.version() != secret.version()) {
            throw CommandRejectedException.conflict(null, "the secret changed meanwhile; read it again");
        }
        apply(new SecretRevealed(
                projectId,
                organizationId,
                command.secretId(),
                command.version(),
                command.actorType(),
                command.actorId()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordDataKeyShredded command) {
        apply(new DataKeyShredded(command.projectId(), command.organizationId()));
    }

    private Secret existing(String secretId) {
        Secret secret = secrets.get(secretId);
        if (secret == null) {
            throw CommandRejectedException.notFound("no secret '" + secretId + "' in this project");
        }
        return secret;
    }

    private static void requireCiphertext(String ciphertext) {
        if (ciphertext == null || ciphertext.isBlank()) {
            throw new IllegalArgumentException("a secret's value reaches the vault encrypted");
        }
    }

    @EventSourcingHandler
    void on(SecretCreated event) {
        identify(event.projectId(), event.organizationId());
        secrets.put(event.secretId(), new Secret(event.secretName(), event.version()));
    }

    @EventSourcingHandler
    void on(SecretValueReplaced event) {
        secrets.computeIfPresent(event.secretId(), (id, secret) -> new Secret(secret.name(), event.version()));
    }

    @EventSourcingHandler
    void on(SecretDeleted event) {
        secrets.remove(event.secretId());
    }

    @EventSourcingHandler
    void on(DataKeyShredded event) {
        identify(event.projectId(), event.organizationId());
    }

    private void identify(String project, String organization) {
        vaultId = CreateSecret.vaultOf(project);
        projectId = project;
        organizationId = organization;
    }

    private record Secret(String name, long version) {}
}
