package dev.traverse.query.organization;

import dev.traverse.api.organization.OrganizationCreated;
import dev.traverse.api.organization.OrganizationLogoChanged;
import dev.traverse.api.organization.OrganizationRenamed;
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

/** Keeps the {@code organization} table. */
@Component
@ProcessingGroup(QuerySideConfiguration.CATALOG)
class OrganizationProjection {

    private final JdbcTemplate jdbc;

    OrganizationProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrganizationCreated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update(
                """
                INSERT INTO organization (id, name, logo, created_by, created_at, updated_at, version, last_event_seq)
                VALUES (?, ?, ?, ?, ?, ?, 1, ?) ON CONFLICT (id) DO NOTHING
                """,
                event.organizationId(),
                event.name(),
                event.logo(),
                event.createdBy(),
                Rows.utc(at),
                Rows.utc(at),
                sequence);
    }

    @EventHandler
    void on(OrganizationRenamed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        GuardedUpdate.apply(
                jdbc, "organization", "name = ?", event.organizationId(), event.version(), sequence, at, event.name());
    }

    @EventHandler
    void on(OrganizationLogoChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        GuardedUpdate.apply(
                jdbc, "organization", "logo = ?", event.organizationId(), event.version(), sequence, at, event.logo());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE organization");
    }
}
