package dev.traverse.query.browserconfig;

import dev.traverse.api.project.BrowserConfigCreated;
import dev.traverse.api.project.BrowserConfigDeleted;
import dev.traverse.api.project.BrowserConfigUpdated;
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

/** Keeps the {@code browser_config} table. */
@Component
@ProcessingGroup(QuerySideConfiguration.CATALOG)
class BrowserConfigProjection {

    private final JdbcTemplate jdbc;

    BrowserConfigProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BrowserConfigCreated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update(
                """
                INSERT INTO browser_config (id, project_id, organization_id, browser_config, created_at, updated_at,
                                            version, last_event_seq)
                VALUES (?, ?, ?, ?::jsonb, ?, ?, 1, ?) ON CONFLICT (id) DO NOTHING
                """,
                event.browserConfigId(),
                event.projectId(),
                event.organizationId(),
                Rows.json(event.browserConfig()),
                Rows.utc(at),
                Rows.utc(at),
                sequence);
    }

    @EventHandler
    void on(BrowserConfigUpdated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        GuardedUpdate.apply(
                jdbc,
                "browser_config",
                "browser_config = ?::jsonb",
                event.browserConfigId(),
                event.version(),
                sequence,
                at,
                Rows.json(event.browserConfig()));
    }

    @EventHandler
    void on(BrowserConfigDeleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        GuardedUpdate.apply(
                jdbc,
                "browser_config",
                "deleted_at = ?",
                event.browserConfigId(),
                event.version(),
                sequence,
                at,
                Rows.utc(at));
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE browser_config");
    }
}
