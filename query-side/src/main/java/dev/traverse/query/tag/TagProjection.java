package dev.traverse.query.tag;

import dev.traverse.api.project.TagCreated;
import dev.traverse.api.project.TagDeleted;
import dev.traverse.api.project.TagUpdated;
import dev.traverse.query.QuerySideConfiguration;
import dev.traverse.query.rows.Rows;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the {@code tag} table. */
@Component
@ProcessingGroup(QuerySideConfiguration.CATALOG)
class TagProjection {

    private final JdbcTemplate jdbc;

    TagProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TagCreated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update(
                """
                INSERT INTO tag (id, project_id, organization_id, name, color, created_at, updated_at, version,
                                 last_event_seq)
                VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?) ON CONFLICT (id) DO NOTHING
                """,
                event.tagId(),
                event.projectId(),
                event.organizationId(),
                event.name(),
                event.color(),
                Rows.utc(at),
                Rows.utc(at),
                sequence);
    }

    @EventHandler
    void on(TagUpdated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update(
                "UPDATE tag SET name = ?, color = ?, version = ?, updated_at = ?, last_event_seq = ?"
                        + " WHERE id = ? AND last_event_seq < ?",
                event.name(),
                event.color(),
                event.version(),
                Rows.utc(at),
                sequence,
                event.tagId(),
                sequence);
    }

    @EventHandler
    void on(TagDeleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update(
                "UPDATE tag SET deleted_at = ?, version = ?, updated_at = ?, last_event_seq = ?"
                        + " WHERE id = ? AND last_event_seq < ?",
                Rows.utc(at),
                event.version(),
                Rows.utc(at),
                sequence,
                event.tagId(),
                sequence);
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE tag");
    }
}
