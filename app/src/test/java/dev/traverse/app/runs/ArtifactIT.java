package dev.traverse.app.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.Api;
import dev.traverse.app.TraverseIT;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Artifacts: content-addressed, deduplicated, sniffed, size-limited, served with the right headers, per tenant. */
class ArtifactIT extends TraverseIT {

    @Test
    void theSameBytesAreStoredOnceUnderTheirHash() throws Exception {
        String admin = user("art");
        Api api = api().as(admin);
        String project = project(admin, organization(admin));
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(RunsFlowIT.PNG));

        Api.Response first = api.postBytes("/api/v1/artifacts?project_id=" + project, RunsFlowIT.PNG, "image/png");
        Api.Response again = api.postBytes("/api/v1/artifacts?project_id=" + project, RunsFlowIT.PNG, null);

        assertThat(first.status()).isIn(200, 201);
        assertThat(first.json().get("sha256").asText()).isEqualTo(sha);
        assertThat(first.json().get("media_type").asText()).isEqualTo("image/png");
        assertThat(first.json().get("size_bytes").asInt()).isEqualTo(RunsFlowIT.PNG.length);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("sha256").asText()).isEqualTo(sha);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ws.artifact WHERE sha256 = ?", Long.class, sha))
                .isEqualTo(1);

        Api.Response served = api.get("/api/v1/artifacts/" + sha);
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.header("Content-Type")).isEqualTo("image/png");
        assertThat(served.header("Cache-Control")).contains("immutable").contains("private");
        assertThat(served.header("ETag")).isEqualTo("\"" + sha + "\"");
        assertThat(served.bytes()).isEqualTo(RunsFlowIT.PNG);
        assertThat(api.header("If-None-Match", "\"" + sha + "\"")
                        .get("/api/v1/artifacts/" + sha)
                        .status())
                .isEqualTo(304);
    }

    @Test
    void refusesWrongTypesLiesAndOversizedUploads() {
        String admin = user("art-bad");
        Api api = api().as(admin);
        String project = project(admin, organization(admin));
        String upload = "/api/v1/artifacts?project_id=" + project;

        Api.Response text = api.postBytes(upload, "just text".getBytes(StandardCharsets.UTF_8), "text/plain");
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.json().get("type").asText()).endsWith("/unsupported-media-type");
        Api.Response lie = api.postBytes(upload, RunsFlowIT.PNG, "image/jpeg");
        assertThat(lie.status()).isEqualTo(415);
        assertThat(lie.json().get("detail").asText()).contains("image/png");
        Api.Response empty = api.postBytes(upload, new byte[0], "image/png");
        assertThat(empty.status()).isEqualTo(400);
        byte[] big = new byte[300 * 1024];
        System.arraycopy(RunsFlowIT.PNG, 0, big, 0, 8);
        Api.Response tooLarge = api.postBytes(upload, big, "image/png");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("type").asText()).endsWith("/payload-too-large");
        Api.Response json = api.postBytes(upload, "{\"ok\": true}".getBytes(StandardCharsets.UTF_8), null);
        assertThat(json.status()).isIn(200, 201);
        assertThat(json.json().get("media_type").asText()).isEqualTo("application/json");
        assertThat(api.postBytes("/api/v1/artifacts", RunsFlowIT.PNG, "image/png")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void anArtifactIsReadableByTheOrganizationsThatUploadedItOnly() {
        String alice = user("art-a");
        String bob = user("art-b");
        String projectA = project(alice, organization(alice));
        String projectB = project(bob, organization(bob));
        byte[] secret = "{\"only\": \"for alice\"}".getBytes(StandardCharsets.UTF_8);
        String sha = api().as(alice)
                .postBytes("/api/v1/artifacts?project_id=" + projectA, secret, "application/json")
                .json()
                .get("sha256")
                .asText();

        assertThat(api().as(bob).get("/api/v1/artifacts/" + sha).status()).isEqualTo(404);
        assertThat(api().as(bob).get("/api/v1/artifacts/" + "0".repeat(64)).status())
                .isEqualTo(404);
        assertThat(api().as(bob)
                        .postBytes("/api/v1/artifacts?project_id=" + projectA, secret, null)
                        .status())
                .isEqualTo(404);
        // Once bob's organization uploads the same bytes, it owns them too.
        api().as(bob).postBytes("/api/v1/artifacts?project_id=" + projectB, secret, null);
        assertThat(api().as(bob).get("/api/v1/artifacts/" + sha).status()).isEqualTo(200);
    }
}
