package dev.traverse.query.secret;

import dev.traverse.api.secret.DataKeyShredded;
import dev.traverse.api.secret.SecretCreated;
import dev.traverse.api.secret.SecretDeleted;
import dev.traverse.api.secret.SecretRevealed;
import dev.traverse.api.secret.SecretValueReplaced;
import dev.traverse.query.QuerySideConfiguration;
import dev.traverse.query.rows.GuardedUpdate;
import dev.traverse.query.rows.Rows;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code secret_value} and {@code secret_reveal}. The events' ciphertexts are deliberately dropped here. */
@Component
@ProcessingGroup(QuerySideConfiguration.CATALOG)
class SecretProjection {

    private final JdbcTemplate jdbc;

    SecretProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SecretCreated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update(
                """
                INSERT INTO secret_value (id, project_id, organization_id, secret_name, version, created_at, updated_at,
                                          last_event_seq)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING
                """,
                event.secretId(),
                event.projectId(),
                event.organizationId(),
                event.secretName(),
                event.version(),
                Rows.utc(at),
                Rows.utc(at),
                sequence);
    }

    @EventHandler
    void on(SecretValueReplaced event, @SequenceNumber long sequence, @Timestamp Instant at) {
        GuardedUpdate.apply(jdbc, "secret_value", "", event.secretId(), event.version(), sequence, at);
    }

    @EventHandler
    void on(SecretDeleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        GuardedUpdate.apply(
                jdbc, "secret_value", "deleted_at = ?", event.secretId(), event.version(), sequence, at, Rows.utc(at));
    }

    @EventHandler
    void on(SecretRevealed event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        int inserted = jdbc.update(
                """
                INSERT INTO secret_reveal (event_id, secret_value_id, project_id, organization_id, version, actor_type,
                                           actor_id, revealed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING
                """,
                eventId,
                event.secretId(),
                event.projectId(),
                event.organizationId(),
                event.version(),
                event.actorType(),
                event.actorId(),
                Rows.utc(at));
        if (inserted == 1) {
            jdbc.update(
                    "UPDATE secret_value SET reveal_count = reveal_count + 1, last_revealed_at = ? WHERE id = ?",
                    Rows.utc(at),
                    event.secretId());
        }
    }

    @EventHandler
    void on(DataKeyShredded event, @Timestamp Instant at) {
        jdbc.update(
                "UPDATE secret_value SET value_shredded_at = ? WHERE project_id = ? AND value_shredded_at IS NULL",
                Rows.utc(at),
                event.projectId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE secret_value, secret_reveal");
    }
}
