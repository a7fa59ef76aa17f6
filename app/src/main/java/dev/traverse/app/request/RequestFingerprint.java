package dev.traverse.app.request;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What identifies a request for Idempotency-Key replays: method, path, query and body, hashed with HMAC-SHA256 under
 * the server's pepper. Bodies can carry secret values, and a plain hash of a short password is easy to guess
 * offline; without the pepper, a copy of {@code ws.idempotency_record} proves nothing about any value. A deployment
 * without a pepper (which then has no API keys either) falls back to a fixed key.
 */
final class RequestFingerprint {

    private static final Pattern MULTIPART_BOUNDARY =
            Pattern.compile("(?i)^multipart/.*;\\s*boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
    private static final String FALLBACK_KEY = "traverse-request-fingerprint";

    private final SecretKeySpec key;

    RequestFingerprint(String pepper) {
        String material = pepper == null || pepper.isEmpty() ? FALLBACK_KEY : pepper;
        this.key = new SecretKeySpec(material.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    String of(HttpServletRequest request, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update((request.getMethod() + " " + request.getRequestURI() + "?"
                            + Optional.ofNullable(request.getQueryString()).orElse("") + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            mac.update(withoutBoundary(body, request.getContentType()));
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /**
     * A multipart body with its boundary replaced by a fixed text: clients pick a new random boundary for every
     * request (curl -F does), and a retry must still be recognised as the same request.
     */
    private static byte[] withoutBoundary(byte[] body, String contentType) {
        Matcher boundary = MULTIPART_BOUNDARY.matcher(contentType == null ? "" : contentType);
        if (!boundary.find()) {
            return body;
        }
        String value = boundary.group(1) != null ? boundary.group(1) : boundary.group(2);
        String text = new String(body, StandardCharsets.ISO_8859_1);
        return text.replace(value, "boundary").getBytes(StandardCharsets.ISO_8859_1);
    }
}
