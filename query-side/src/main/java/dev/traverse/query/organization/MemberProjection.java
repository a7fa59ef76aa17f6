package dev.traverse.query.organization;

import dev.traverse.api.organization.MemberAdded;
import dev.traverse.api.organization.MemberRemoved;
import dev.traverse.api.organization.MemberRoleChanged;
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

/** Keeps the {@code member} table. */
@Component
@ProcessingGroup(QuerySideConfiguration.CATALOG)
class MemberProjection {

    private final JdbcTemplate jdbc;

    MemberProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(MemberAdded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update(
                """
                INSERT INTO member (id, organization_id, user_id, role, created_at, updated_at, version, last_event_seq)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING
                """,
                event.memberId(),
                event.organizationId(),
                event.userId(),
                event.role().wireName(),
                Rows.utc(at),
                Rows.utc(at),
                event.version(),
                sequence);
    }

    @EventHandler
    void on(MemberRoleChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        GuardedUpdate.apply(
                jdbc,
                "member",
                "role = ?",
                event.memberId(),
                event.version(),
                sequence,
                at,
                event.role().wireName());
    }

    @EventHandler
    void on(MemberRemoved event, @SequenceNumber long sequence, @Timestamp Instant at) {
        GuardedUpdate.apply(
                jdbc, "member", "removed_at = ?", event.memberId(), event.version(), sequence, at, Rows.utc(at));
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE member");
    }
}
