package dev.traverse.command.sequence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.traverse.command.json.InstantJson;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * A short, stable digest of content: canonical JSON (map keys sorted) hashed with SHA-256 and cut to 96 bits, enough
 * to tell a retry from different content without keeping the content.
 */
public final class Fingerprint {

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(InstantJson.module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private Fingerprint() {}

    /** Digest of the values, in order; nulls allowed. */
    public static String of(Object... values) {
        try {
            byte[] json = CANONICAL.writeValueAsBytes(Arrays.asList(values));
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 12));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("content cannot be written as JSON", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
