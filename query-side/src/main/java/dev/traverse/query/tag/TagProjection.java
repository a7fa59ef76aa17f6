package dev.traverse.query.tag;

import dev.traverse.api.project.TagCreated;
import dev.traverse.api.project.TagDeleted;
import dev.traverse.api.project.TagUpdated;
import dev.traverse.query.QuerySideConfiguration;
import dev.traverse.query.rows.GuardedUpdate;
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
        GuardedUpdate.apply(
                jdbc,
                "tag",
                "name = ?, color = ?",
                event.tagId(),
                event.version(),
                sequence,
                at,
                event.name(),
                event.color());
    }

    @EventHandler
    void on(TagDeleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        GuardedUpdate.apply(jdbc, "tag", "deleted_at = ?", event.tagId(), event.version(), sequence, at, Rows.utc(at));
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE tag");
    }
}
