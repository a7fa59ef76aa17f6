package dev.traverse.query.project;

import dev.traverse.api.project.ProjectArchived;
import dev.traverse.api.project.ProjectCreated;
import dev.traverse.api.project.ProjectDefaultUrlRouteChanged;
import dev.traverse.api.project.ProjectRenamed;
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

/** Keeps the {@code project} table. */
@Component
@ProcessingGroup(QuerySideConfiguration.CATALOG)
class ProjectProjection {

    private final JdbcTemplate jdbc;

    ProjectProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProjectCreated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update(
                """
                INSERT INTO project (id, organization_id, name, default_url_route, created_at, updated_at, version,
                                     last_event_seq)
                VALUES (?, ?, ?, ?, ?, ?, 1, ?) ON CONFLICT (id) DO NOTHING
                """,
                event.projectId(),
                event.organizationId(),
                event.name(),
                event.defaultUrlRoute(),
                Rows.utc(at),
                Rows.utc(at),
                sequence);
    }

    @EventHandler
    void on(ProjectRenamed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change("name = ?", event.name(), event.projectId(), event.version(), sequence, at);
    }

    @EventHandler
    void on(ProjectDefaultUrlRouteChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change("default_url_route = ?", event.defaultUrlRoute(), event.projectId(), event.version(), sequence, at);
    }

    @EventHandler
    void on(ProjectArchived event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change("archived_at = ?", Rows.utc(at), event.projectId(), event.version(), sequence, at);
    }

    private void change(String assignment, Object value, String projectId, long version, long sequence, Instant at) {
        jdbc.update(
                "UPDATE project SET " + assignment + ", version = ?, updated_at = ?, last_event_seq = ?"
                        + " WHERE id = ? AND last_event_seq < ?",
                value,
                version,
                Rows.utc(at),
                sequence,
                projectId,
                sequence);
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE project");
    }
}
