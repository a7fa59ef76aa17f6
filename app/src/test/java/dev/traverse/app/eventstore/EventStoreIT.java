package dev.traverse.app.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.traverse.api.organization.OrganizationRenamed;
import dev.traverse.app.Api;
import dev.traverse.app.TraverseIT;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The event store on PostgreSQL: JSON payloads, request metadata, and lost races detected. */
class EventStoreIT extends TraverseIT {

    @Autowired
    EventStorageEngine storageEngine;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void storesPayloadsAsSnakeCaseJsonWithTheRequestsMetadata() {
        String admin = user("meta");
        Api.Response created = api().as(admin)
                .header("X-Request-Id", "req-meta-1")
                .post("/api/v1/organizations", "{\"name\":\"Meta\"}");
        String org = created.id();
        assertThat(created.header("X-Request-Id")).isEqualTo("req-meta-1");

        List<Map<String, Object>> events = jdbc.queryForList(
                "SELECT payload_type, payload_revision, convert_from(payload, 'UTF8')::jsonb ->> 'name' AS name,"
                        + " convert_from(payload, 'UTF8')::jsonb ->> 'organization_id' AS organization_id,"
                        + " convert_from(meta_data, 'UTF8')::jsonb AS meta"
                        + " FROM es.domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number",
                org);
        assertThat(events).hasSize(2);
        assertThat(events.get(0))
                .containsEntry("payload_type", "dev.traverse.api.organization.OrganizationCreated")
                .containsEntry("payload_revision", "1")
                .containsEntry("name", "Meta")
                .containsEntry("organization_id", org);
        String meta = events.get(1).get("meta").toString();
        assertThat(meta)
                .contains("\"actor_id\": \"" + admin + "\"")
                .contains("\"actor_type\": \"user\"")
                .contains("\"request_id\": \"req-meta-1\"")
                .contains("\"correlation_id\": \"req-meta-1\"")
                .contains("\"organization_id\": \"" + org + "\"");
    }

    @Test
    void aSecondWriterOfTheSameSequenceNumberGetsAConcurrencyException() {
        String admin = user("race");
        String org = organization(admin);
        long before = eventCount();
        var duplicate =
                new GenericDomainEventMessage<>("Organization", org, 1L, new OrganizationRenamed(org, "Duplicate", 2));

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> storageEngine.appendEvents(duplicate)))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void flywayOwnsEveryTableAndProcessorsKeepTheirTokensThere() {
        assertThat(jdbc.queryForList(
                        "SELECT table_schema || '.' || table_name FROM information_schema.tables"
                                + " WHERE table_schema IN ('es', 'ws') ORDER BY 1",
                        String.class))
                .contains(
                        "es.domain_event_entry",
                        "es.snapshot_event_entry",
                        "es.token_entry",
                        "es.scheduled_tasks",
                        "ws.resource",
                        "ws.membership",
                        "ws.idempotency_record",
                        "ws.artifact")
                .allMatch(name -> name.equals(name.toLowerCase(java.util.Locale.ROOT)), "snake_case, made by Flyway");
        assertThat(jdbc.queryForList(
                        "SELECT DISTINCT processor_name FROM es.token_entry WHERE processor_name <> '__config'",
                        String.class))
                .contains("catalog", "runs");
        assertThat(jdbc.queryForObject(
                        "SELECT data_type FROM information_schema.columns WHERE table_schema = 'es'"
                                + " AND table_name = 'domain_event_entry' AND column_name = 'payload'",
                        String.class))
                .isEqualTo("bytea");
    }
}
