package dev.traverse.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A real HTTP client for the running application, speaking as one caller. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String token;
    private final Map<String, String> headers;

    private Api(String base, String token, Map<String, String> headers) {
        this.base = base;
        this.token = token;
        this.headers = headers;
    }

    public static Api at(int port) {
        return new Api("http://127.0.0.1:" + port, null, Map.of());
    }

    /** The same client calling as {@code userId}, with a fresh valid token. */
    public Api as(String userId) {
        return withToken(Tokens.forUser(userId));
    }

    public Api withToken(String bearer) {
        return new Api(base, bearer, headers);
    }

    /** The same client adding a header to every request. */
    public Api header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Api(base, token, more);
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, String json) {
        return send("POST", path, json);
    }

    public Response patch(String path, String json) {
        return send("PATCH", path, json);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    public Response send(String method, String path, String json) {
        return send(
                method,
                path,
                json == null ? null : json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                json == null ? null : "application/json");
    }

    /** Posts raw bytes with the given Content-Type (null for none). */
    public Response postBytes(String path, byte[] body, String contentType) {
        return send("POST", path, body, contentType);
    }

    /** Sends raw bytes with the given Content-Type (null for none), or no body when {@code body} is null. */
    public Response send(String method, String path, byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with its body parsed as JSON when it is JSON. */
    public static final class Response {

        private final HttpResponse<byte[]> raw;
        private final JsonNode json;

        Response(HttpResponse<byte[]> raw) {
            this.raw = raw;
            JsonNode parsed;
            try {
                parsed = raw.body().length == 0
                                || !String.valueOf(header("Content-Type")).contains("json")
                        ? MissingNode.getInstance()
                        : JSON.readTree(raw.body());
            } catch (IOException e) {
                parsed = MissingNode.getInstance();
            }
            this.json = parsed;
        }

        public int status() {
            return raw.statusCode();
        }

        public JsonNode json() {
            return json;
        }

        public String body() {
            return new String(raw.body(), java.nio.charset.StandardCharsets.UTF_8);
        }

        public byte[] bytes() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** The {@code id} of a write's response. */
        public String id() {
            if (!json.hasNonNull("id")) {
                throw new AssertionError("no id in " + status() + " " + body());
            }
            return json.get("id").asText();
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
