package dev.traverse.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Traverse's HTTP API on 127.0.0.1 through Apache HttpClient 5's classic (blocking) client: HTTP/1.1, kept-alive
 * pooled connections, each request sent and read on the calling client's own thread. The driver shares the two cores
 * with the application; the JDK's client, used before, spent about 1.5 ms of CPU per request handing it between its
 * selector and executor threads, a quarter of the machine during P5, which the application's latencies then carried.
 */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Timeout TIMEOUT = Timeout.ofSeconds(60);
    private static final RequestConfig PROBE = RequestConfig.custom()
            .setConnectionRequestTimeout(Timeout.ofSeconds(2))
            .setResponseTimeout(Timeout.ofSeconds(2))
            .build();

    private final CloseableHttpClient http;
    private final String base;
    private final String authorization;

    Api(int port, String hs256Secret, String user) {
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(1024)
                        .setMaxConnPerRoute(1024)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(5))
                                .setSocketTimeout(TIMEOUT)
                                .build())
                        .build())
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableRedirectHandling()
                .disableContentCompression()
                .build();
        this.base = "http://127.0.0.1:" + port;
        this.authorization = "Bearer " + token(hs256Secret, user);
    }

    /** A POST of a JSON body; {@code headers} are extra name and value pairs. */
    Response post(String path, String body, String... headers) throws IOException {
        HttpPost request = new HttpPost(base + path);
        request.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.addHeader(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    Response get(String path) throws IOException {
        return send(new HttpGet(base + path));
    }

    /** The status of a request that needs no token (health), or -1 when there is no answer. */
    int status(String path) {
        HttpGet request = new HttpGet(base + path);
        request.setConfig(PROBE);
        try {
            return http.execute(request, response -> {
                EntityUtils.consume(response.getEntity());
                return response.getCode();
            });
        } catch (IOException e) {
            return -1;
        }
    }

    private Response send(ClassicHttpRequest request) throws IOException {
        request.addHeader("Authorization", authorization);
        return http.execute(request, response -> {
            Header consistency = response.getFirstHeader("Traverse-Consistency");
            return new Response(
                    response.getCode(),
                    response.getEntity() == null
                            ? ""
                            : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8),
                    consistency == null ? null : consistency.getValue());
        });
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
