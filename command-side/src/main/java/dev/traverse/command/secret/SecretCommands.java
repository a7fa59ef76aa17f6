package dev.traverse.command.secret;

import dev.traverse.api.access.AccessGrant;
import dev.traverse.api.secret.CreateSecret;
import dev.traverse.api.secret.DeleteSecret;
import dev.traverse.api.secret.RecordDataKeyShredded;
import dev.traverse.api.secret.RecordSecretReveal;
import dev.traverse.api.secret.ReplaceSecretValue;
import dev.traverse.command.directory.Directory;
import dev.traverse.command.id.Ids;
import dev.traverse.command.rejection.CommandRejectedException;
import java.security.GeneralSecurityException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Encrypts secret values before any command sees them and decrypts them only for a reveal. The latest ciphertext of
 * each secret is kept in {@code ws.secret} by the directory, in the events' transaction.
 */
@Service
public class SecretCommands {

    private final CommandGateway commands;
    private final DataKeys dataKeys;
    private final Directory directory;
    private final JdbcTemplate jdbc;

    SecretCommands(CommandGateway commands, DataKeys dataKeys, Directory directory, JdbcTemplate jdbc) {
        this.commands = commands;
        this.dataKeys = dataKeys;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    /** Creates a secret in the project {@code project} addresses; returns its id. */
    @Transactional
    public String create(AccessGrant project, String name, String value) {
        directory.requireOpenProject(project.projectId());
        String secretId = Ids.next();
        DataKeys.DataKey key = dataKeys.current(project.projectId(), project.organizationId());
        String ciphertext = SecretCiphertext.seal(
                key, value, new SecretCiphertext.Binding(project.organizationId(), project.projectId(), secretId, 1));
        commands.sendAndWait(new CreateSecret(
                CreateSecret.vaultOf(project.projectId()),
                project.projectId(),
                project.organizationId(),
                secretId,
                name,
                ciphertext));
        return secretId;
    }

    /** Gives the secret {@code secret} addresses a new value; returns its new version. */
    @Transactional
    public long replace(AccessGrant secret, String value, Long expectedVersion) {
        directory.requireOpenProject(secret.projectId());
        long next = stored(secret.resourceId()).version() + 1;
        DataKeys.DataKey key = dataKeys.current(secret.projectId(), secret.organizationId());
        String ciphertext = SecretCiphertext.seal(
                key,
                value,
                new SecretCiphertext.Binding(secret.organizationId(), secret.projectId(), secret.resourceId(), next));
        return commands.sendAndWait(new ReplaceSecretValue(
                CreateSecret.vaultOf(secret.projectId()),
                secret.projectId(),
                secret.resourceId(),
                ciphertext,
                next,
                expectedVersion));
    }

    @Transactional
    public void delete(AccessGrant secret, Long expectedVersion) {
        commands.sendAndWait(new DeleteSecret(
                CreateSecret.vaultOf(secret.projectId()), secret.projectId(), secret.resourceId(), expectedVersion));
    }

    /** The plaintext of the secret {@code secret} addresses; the read is recorded as an event first. */
    @Transactional
    public Revealed reveal(AccessGrant secret) {
        Stored stored = stored(secret.resourceId());
        DataKeys.DataKey key = dataKeys.byId(secret.projectId(), SecretCiphertext.keyId(stored.ciphertext()))
                .orElseThrow(SecretShreddedException::new);
        String value;
        try {
            value = SecretCiphertext.open(
                    key,
                    stored.ciphertext(),
                    new SecretCiphertext.Binding(
                            secret.organizationId(), secret.projectId(), secret.resourceId(), stored.version()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("secret " + secret.resourceId() + " does not decrypt with its data key", e);
        }
        commands.sendAndWait(new RecordSecretReveal(
                CreateSecret.vaultOf(secret.projectId()),
                secret.projectId(),
                secret.resourceId(),
                (int) stored.version(),
                secret.actorType(),
                secret.actorId()));
        return new Revealed(secret.resourceId(), stored.name(), stored.version(), value);
    }

    /** Destroys the project's data key: every secret value of the project is unreadable from now on. */
    @Transactional
    public void shred(AccessGrant project) {
        if (!dataKeys.shred(project.projectId())) {
            throw CommandRejectedException.notFound("the project has no data key to destroy");
        }
        commands.sendAndWait(new RecordDataKeyShredded(
                CreateSecret.vaultOf(project.projectId()), project.projectId(), project.organizationId()));
    }

    private Stored stored(String secretId) {
        return jdbc
                .query(
                        "SELECT secret_name, version, ciphertext FROM ws.secret WHERE secret_id = ? AND NOT deleted",
                        (rs, row) -> new Stored(rs.getString(1), rs.getLong(2), rs.getString(3)),
                        secretId)
                .stream()
                .findFirst()
                .orElseThrow(() -> CommandRejectedException.notFound("no secret " + secretId));
    }

    private record Stored(String name, long version, String ciphertext) {}

    /** A revealed secret. */
    public record Revealed(String secretId, String secretName, long version, String secretValue) {}
}
