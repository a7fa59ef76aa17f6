package dev.traverse.app.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.traverse.app.integrity.StoredEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One stored event as auditors read it, in history pages and export lines alike. {@code payload} and {@code metadata}
 * are the stored JSON, byte for byte, as they were hashed; the payload is in the shape of its {@code revision}, not
 * upcast.
 *
 * @param position the event's position in the global stream (resume exports after it)
 * @param eventId the event's unique id
 * @param aggregateType the type of aggregate that emitted it
 * @param aggregateId the aggregate's id
 * @param sequenceNumber its number within the aggregate, from 0
 * @param eventType the event's name, as in docs/event-catalog.md
 * @param payloadType the event's Java type
 * @param revision the payload's revision
 * @param timestamp when it happened (UTC)
 * @param actor who caused it, from the metadata
 * @param organizationId the organization it belongs to
 * @param metadata the stored metadata: actor, organization, request, correlation and causation ids
 * @param payload the stored payload
 * @param hash hex SHA-256 chain hash (docs/audit.md)
 */
record AuditedEvent(
        long position,
        String eventId,
        String aggregateType,
        String aggregateId,
        long sequenceNumber,
        String eventType,
        String payloadType,
        String revision,
        Instant timestamp,
        Actor actor,
        String organizationId,
        @JsonRawValue String metadata,
        @JsonRawValue String payload,
        String hash) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static AuditedEvent of(StoredEvent stored) {
        String metadata = stored.metaData() == null ? null : new String(stored.metaData(), StandardCharsets.UTF_8);
        String payloadType = stored.payloadType();
        return new AuditedEvent(
                stored.globalIndex(),
                stored.eventIdentifier(),
                stored.type(),
                stored.aggregateIdentifier(),
                stored.sequenceNumber(),
                payloadType.substring(payloadType.lastIndexOf('.') + 1),
                payloadType,
                stored.payloadRevision(),
                Instant.parse(stored.timeStamp()),
                Actor.of(stored.metaData()),
                stored.organizationId(),
                metadata,
                new String(stored.payload(), StandardCharsets.UTF_8),
                HexFormat.of().formatHex(stored.chainHash()));
    }

    /**
     * Who caused an event.
     *
     * @param type {@code user} (later also {@code api_key}), or {@code null} when the metadata names nobody
     * @param id the user id or API key id
     */
    record Actor(String type, String id) {

        static Actor of(byte[] metadata) {
            if (metadata == null) {
                return new Actor(null, null);
            }
            try {
                JsonNode node = JSON.readTree(metadata);
                return new Actor(text(node, "actor_type"), text(node, "actor_id"));
            } catch (IOException e) {
                return new Actor(null, null);
            }
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : value.asText();
        }
    }
}
