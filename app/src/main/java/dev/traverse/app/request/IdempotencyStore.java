package dev.traverse.app.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Responses of writes sent with an Idempotency-Key, per caller. A record is written in the same transaction as the
 * write's events, so either both exist or neither; a concurrent duplicate loses on the primary key and rolls back.
 */
@Component
class IdempotencyStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final Duration retention;

    IdempotencyStore(JdbcTemplate jdbc, @Value("${traverse.idempotency.retention:24h}") Duration retention) {
        this.jdbc = jdbc;
        this.retention = retention;
    }

    Optional<StoredResponse> find(String principal, String key) {
        return jdbc
                .query(
                        "SELECT request_fingerprint, status, response_headers, response_body"
                                + " FROM ws.idempotency_record WHERE principal = ? AND idempotency_key = ?",
                        (rs, row) -> new StoredResponse(
                                rs.getString(1), rs.getInt(2), headers(rs.getString(3)), rs.getBytes(4)),
                        principal,
                        key)
                .stream()
                .findFirst();
    }

    /** Saves the response; false when another request with the same key got there first. */
    boolean save(String principal, String key, StoredResponse response) {
        return jdbc.update(
                        "INSERT INTO ws.idempotency_record (principal, idempotency_key, request_fingerprint, status,"
                                + " response_headers, response_body) VALUES (?, ?, ?, ?, ?::jsonb, ?)"
                                + " ON CONFLICT DO NOTHING",
                        principal,
                        key,
                        response.fingerprint(),
                        response.status(),
                        json(response.headers()),
                        response.body())
                == 1;
    }

    @Scheduled(fixedDelayString = "${traverse.idempotency.cleanup-interval:1h}", initialDelayString = "PT1M")
    void forgetExpired() {
        jdbc.update(
                "DELETE FROM ws.idempotency_record WHERE created_at < now() - ?::interval",
                retention.toSeconds() + " seconds");
    }

    private static String json(Map<String, String> headers) {
        try {
            return JSON.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> headers(String json) {
        try {
            return JSON.readValue(json, HEADERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt idempotency record", e);
        }
    }

    /** A response as stored: fingerprint of the request that produced it, status, replayed headers and body. */
    record StoredResponse(String fingerprint, int status, Map<String, String> headers, byte[] body) {}
}
