package dev.traverse.query.project;

import dev.traverse.api.project.ProjectArchived;
import dev.traverse.api.project.ProjectCreated;
import dev.traverse.api.project.ProjectDefaultUrlRouteChanged;
import dev.traverse.api.project.ProjectRenamed;
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
                INSERT INTO project (id, organization_id, name, default_url_route, created_by, created_at, updated_at,
                                     version, last_event_seq)
                VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?) ON CONFLICT (id) DO NOTHING
                """,
                event.projectId(),
                event.organizationId(),
                event.name(),
                event.defaultUrlRoute(),
                event.createdBy(),
                Rows.utc(at),
                Rows.utc(at),
                sequence);
    }

    @EventHandler
    void on(ProjectRenamed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        GuardedUpdate.apply(
                jdbc, "project", "name = ?", event.projectId(), event.version(), sequence, at, event.name());
    }

    @EventHandler
    void on(ProjectDefaultUrlRouteChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        GuardedUpdate.apply(
                jdbc,
                "project",
                "default_url_route = ?",
                event.projectId(),
                event.version(),
                sequence,
                at,
                event.defaultUrlRoute());
    }

    @EventHandler
    void on(ProjectArchived event, @SequenceNumber long sequence, @Timestamp Instant at) {
        GuardedUpdate.apply(
                jdbc, "project", "archived_at = ?", event.projectId(), event.version(), sequence, at, Rows.utc(at));
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE project");
    }
}
