package dev.traverse.command.secret;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The projects' data keys ({@code ws.data_key}): one AES-256 key per project, stored only wrapped by a master key.
 * Data keys live outside the event store on purpose: events can never be deleted, a data key can, and with it every
 * ciphertext made with it becomes noise (crypto-shredding).
 */
@Component
public class DataKeys {

    private static final Logger log = LoggerFactory.getLogger(DataKeys.class);

    private final JdbcTemplate jdbc;
    private final SecretSettings settings;
    private final TransactionTemplate transactions;
    private final Map<String, SecretKey> masterKeys;

    DataKeys(JdbcTemplate jdbc, SecretSettings settings, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.transactions = transactions;
        this.masterKeys = settings.masterKeys().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> masterKey(entry.getKey(), entry.getValue())));
    }

    /** A project's data key with its id: the current one, made on first use or after the last one was shredded. */
    public DataKey current(String projectId, String organizationId) {
        requireConfigured();
        return live(projectId).orElseGet(() -> create(projectId, organizationId));
    }

    /** The data key {@code keyId} of the project, unless it was shredded (or replaced after shredding). */
    public Optional<DataKey> byId(String projectId, String keyId) {
        requireConfigured();
        return live(projectId).filter(key -> key.id().equals(keyId));
    }

    /** Destroys the project's data key. Returns false when it had none. */
    public boolean shred(String projectId) {
        return jdbc.update(
                        "UPDATE ws.data_key SET wrapped_key = NULL, shredded_at = now()"
                                + " WHERE project_id = ? AND wrapped_key IS NOT NULL",
                        projectId)
                == 1;
    }

    /**
     * Re-wraps every data key still wrapped by a retired master key with the active one, so the retired key can be
     * removed from configuration (and old backups of wrapped keys become useless without it).
     */
    @EventListener(ApplicationReadyEvent.class)
    public void rewrapWithActiveMasterKey() {
        if (!settings.configured()) {
            return;
        }
        List<Map<String, Object>> stale = jdbc.queryForList(
                "SELECT project_id, key_id, master_key_id, wrapped_key FROM ws.data_key"
                        + " WHERE wrapped_key IS NOT NULL AND master_key_id <> ?",
                settings.activeMasterKey());
        int rewrapped = 0;
        for (Map<String, Object> row : stale) {
            String project = (String) row.get("project_id");
            String keyId = (String) row.get("key_id");
            SecretKey retired = masterKeys.get((String) row.get("master_key_id"));
            if (retired == null) {
                log.error(
                        "data key of project {} is wrapped by master key '{}', which is not configured",
                        project,
                        row.get("master_key_id"));
                continue;
            }
            SecretKey key = unwrap(retired, (byte[]) row.get("wrapped_key"), project, keyId);
            transactions.executeWithoutResult(status -> jdbc.update(
                    "UPDATE ws.data_key SET wrapped_key = ?, master_key_id = ? WHERE project_id = ? AND key_id = ?",
                    wrap(key, project, keyId),
                    settings.activeMasterKey(),
                    project,
                    keyId));
            rewrapped++;
        }
        if (rewrapped > 0) {
            log.info("re-wrapped {} data keys with master key '{}'", rewrapped, settings.activeMasterKey());
        }
    }

    private Optional<DataKey> live(String projectId) {
        return jdbc
                .query(
                        "SELECT key_id, master_key_id, wrapped_key FROM ws.data_key"
                                + " WHERE project_id = ? AND wrapped_key IS NOT NULL",
                        (rs, row) -> {
                            SecretKey master = masterKeys.get(rs.getString(2));
                            if (master == null) {
                                throw new SecretStorageUnavailableException();
                            }
                            String keyId = rs.getString(1);
                            return new DataKey(keyId, unwrap(master, rs.getBytes(3), projectId, keyId));
                        },
                        projectId)
                .stream()
                .findFirst();
    }

    private DataKey create(String projectId, String organizationId) {
        SecretKey key = Envelope.newKey();
        String keyId = dev.traverse.command.id.Ids.next();
        jdbc.update("""
                INSERT INTO ws.data_key (project_id, organization_id, key_id, wrapped_key, master_key_id)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (project_id) DO UPDATE SET key_id = EXCLUDED.key_id, wrapped_key = EXCLUDED.wrapped_key,
                    master_key_id = EXCLUDED.master_key_id, created_at = now(), shredded_at = NULL
                WHERE ws.data_key.wrapped_key IS NULL
                """, projectId, organizationId, keyId, wrap(key, projectId, keyId), settings.activeMasterKey());
        // A concurrent first secret may have won the race; everyone uses the key that is stored.
        return live(projectId).orElseThrow();
    }

    private byte[] wrap(SecretKey key, String projectId, String keyId) {
        return Envelope.seal(masterKeys.get(settings.activeMasterKey()), key.getEncoded(), wrapping(projectId, keyId));
    }

    private static SecretKey unwrap(SecretKey master, byte[] wrapped, String projectId, String keyId) {
        try {
            return new SecretKeySpec(Envelope.open(master, wrapped, wrapping(projectId, keyId)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "the data key of project " + projectId + " does not open with its master key");
        }
    }

    private static String wrapping(String projectId, String keyId) {
        return "data-key|" + projectId + "|" + keyId;
    }

    private void requireConfigured() {
        if (!settings.configured()) {
            throw new SecretStorageUnavailableException();
        }
    }

    private static SecretKey masterKey(String id, String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64.getBytes(StandardCharsets.US_ASCII));
        if (bytes.length != 32) {
            throw new IllegalStateException("master key '" + id + "' must be 32 bytes (256 bits) in base64");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** A data key and its id. */
    public record DataKey(String id, SecretKey key) {}
}
