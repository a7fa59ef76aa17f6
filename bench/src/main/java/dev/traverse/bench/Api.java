package dev.traverse.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Traverse's HTTP API on 127.0.0.1 through the JDK's HTTP client (HTTP/1.1, kept-alive connections, one per concurrent
 * request), as one user with an HS256 token minted here.
 */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final String base;
    private final String authorization;

    Api(int port, String hs256Secret, String user) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        this.base = "http://127.0.0.1:" + port;
        this.authorization = "Bearer " + token(hs256Secret, user);
    }

    Response post(String path, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    Response get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    /** The status of a request that needs no token (health). */
    int status(String path) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(base + path))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).header("Authorization", authorization);
    }

    private Response send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(
                response.statusCode(),
                response.body(),
                response.headers().firstValue("Traverse-Consistency").orElse(null));
    }

    /** An HS256 JWT for {@code user}, valid for a day: what the identity provider would issue. */
    static String token(String secret, String user) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = encoder.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = encoder.encodeToString("{\"sub\":\"%s\",\"iat\":%d,\"exp\":%d}"
                .formatted(user, now, now + 86_400)
                .getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signature =
                    encoder.encodeToString(mac.doFinal((header + "." + claims).getBytes(StandardCharsets.UTF_8)));
            return header + "." + claims + "." + signature;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An answer: status, body and the read-your-writes outcome. */
    record Response(int status, String body, String consistency) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }

        /** This response, or an exception naming the request when it failed. */
        Response require(String what) {
            if (!ok()) {
                throw new IllegalStateException(what + " failed with " + status + ": " + body);
            }
            return this;
        }
    }
}
