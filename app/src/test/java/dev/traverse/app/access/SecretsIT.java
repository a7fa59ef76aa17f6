package dev.traverse.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.traverse.app.Api;
import dev.traverse.app.Plaintext;
import dev.traverse.app.TraverseIT;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Secret values over HTTP: written by members, read back only by runner keys with {@code secrets:reveal}, every read
 * recorded, and the plaintext nowhere else: not in the event store, the read model, the logs or any response.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsIT extends TraverseIT {

    @Test
    void membersWriteSecretsAndOnlyRunnerKeysReadTheirValues(CapturedOutput output) {
        String admin = user("admin");
        Catalog catalog = catalog(admin);
        String member = user("member");
        member(admin, catalog.organization(), member, "member");
        Api asMember = api().as(member);
        String first = plaintext();
        String second = plaintext();
        List<Api.Response> responses = new ArrayList<>();

        Api.Response created = record(
                responses,
                asMember.post(
                        "/api/v1/projects/" + catalog.project() + "/secrets",
                        "{\"secret_name\":\"LOGIN_PASSWORD\",\"secret_value\":\"" + first + "\"}"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String secret = created.id();
        assertThat(created.header("Location")).endsWith("/api/v1/secrets/" + secret);

        JsonNode listed = record(responses, asMember.get("/api/v1/projects/" + catalog.project() + "/secrets"))
                .json()
                .get("data");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("secret_name").asText()).isEqualTo("LOGIN_PASSWORD");
        assertThat(listed.get(0).get("version").asLong()).isEqualTo(1);
        assertThat(listed.get(0).has("secret_value")).isFalse();

        Api.Response stale = record(
                responses,
                asMember.header("If-Match", "\"7\"")
                        .send("PUT", "/api/v1/secrets/" + secret, "{\"secret_value\":\"" + second + "\"}"));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        Api.Response replaced = record(
                responses,
                asMember.header("If-Match", "\"1\"")
                        .send("PUT", "/api/v1/secrets/" + secret, "{\"secret_value\":\"" + second + "\"}"));
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.json().get("version").asLong()).isEqualTo(2);
        Api.Response one = record(responses, asMember.get("/api/v1/secrets/" + secret));
        assertThat(one.json().get("version").asLong()).isEqualTo(2);
        assertThat(one.header("ETag")).isEqualTo("\"2\"");

        // A person never reads a value, not even an admin; nor does a key without secrets:reveal.
        String reveal = "/api/v1/secrets/" + secret + "/reveal";
        assertThat(record(responses, api().as(admin).post(reveal, "")).status()).isEqualTo(403);
        String reader = apiKey(admin, catalog.organization(), catalog.project(), "read", "runs:write");
        assertThat(record(responses, api().withToken(reader).post(reveal, "")).status())
                .isEqualTo(403);
        String elsewhere =
                apiKey(admin, catalog.organization(), project(admin, catalog.organization()), "secrets:reveal");
        assertThat(record(responses, api().withToken(elsewhere).post(reveal, ""))
                        .status())
                .isEqualTo(404);
        assertThat(revealCount(secret)).isZero();

        String runner = apiKey(admin, catalog.organization(), catalog.project(), "secrets:reveal");
        Api.Response revealed = api().withToken(runner).post(reveal, "");
        assertThat(revealed.status()).as(revealed.toString()).isEqualTo(200);
        assertThat(revealed.header("Cache-Control")).contains("no-store");
        assertThat(revealed.json().get("secret_value").asText()).isEqualTo(second);
        assertThat(revealed.json().get("version").asLong()).isEqualTo(2);
        assertThat(revealed.json().get("secret_name").asText()).isEqualTo("LOGIN_PASSWORD");

        // The read is recorded, with who, when and which version, and without the value.
        assertThat(revealCount(secret)).isEqualTo(1);
        JsonNode reveals = record(responses, api().as(admin).get("/api/v1/secrets/" + secret + "/reveals"))
                .json()
                .get("data");
        assertThat(reveals).hasSize(1);
        assertThat(reveals.get(0).get("version").asLong()).isEqualTo(2);
        assertThat(reveals.get(0).get("actor_type").asText()).isEqualTo("api_key");
        assertThat(reveals.get(0).get("revealed_at").isNull()).isFalse();
        assertThat(record(responses, asMember.get("/api/v1/secrets/" + secret + "/reveals"))
                        .status())
                .isEqualTo(403);
        assertThat(record(responses, asMember.get("/api/v1/secrets/" + secret))
                        .json()
                        .get("reveal_count")
                        .asLong())
                .isEqualTo(1);

        Api.Response deleted = record(responses, asMember.delete("/api/v1/secrets/" + secret));
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(record(responses, asMember.get("/api/v1/secrets/" + secret)).status())
                .isEqualTo(404);
        assertThat(record(responses, api().withToken(runner).post(reveal, "")).status())
                .isEqualTo(404);

        assertNowhere(output, responses, first, second);
    }

    @Test
    void namesAreUniquePerProjectAndBadInputNamesTheFieldWithoutEchoingTheValue(CapturedOutput output) {
        String admin = user("admin");
        Catalog catalog = catalog(admin);
        Api api = api().as(admin);
        String path = "/api/v1/projects/" + catalog.project() + "/secrets";
        String value = plaintext();
        assertThat(api.post(path, "{\"secret_name\":\"API_TOKEN\",\"secret_value\":\"" + value + "\"}")
                        .status())
                .isEqualTo(201);
        // The same name is free in another project.
        assertThat(api.post(
                                "/api/v1/projects/" + project(admin, catalog.organization()) + "/secrets",
                                "{\"secret_name\":\"API_TOKEN\",\"secret_value\":\"" + value + "\"}")
                        .status())
                .isEqualTo(201);
        long before = eventCount();
        List<Api.Response> responses = new ArrayList<>();

        Api.Response duplicate =
                record(responses, api.post(path, "{\"secret_name\":\"API_TOKEN\",\"secret_value\":\"" + value + "\"}"));
        assertProblem(duplicate, 409, "secret_name");
        assertProblem(
                record(responses, api.post(path, "{\"secret_name\":\"has space\",\"secret_value\":\"" + value + "\"}")),
                400,
                "secret_name");
        assertProblem(record(responses, api.post(path, "{\"secret_value\":\"" + value + "\"}")), 400, "secret_name");
        assertProblem(
                record(responses, api.post(path, "{\"secret_name\":\"EMPTY\",\"secret_value\":\"\"}")),
                400,
                "secret_value");
        assertProblem(record(responses, api.post(path, "{\"secret_name\":\"MISSING\"}")), 400, "secret_value");
        String tooLong = value + "x".repeat(10_001);
        assertProblem(
                record(responses, api.post(path, "{\"secret_name\":\"LONG\",\"secret_value\":\"" + tooLong + "\"}")),
                400,
                "secret_value");
        assertProblem(
                record(responses, api.post(path, "{\"secret_name\":\"NUMBER\",\"secret_value\":" + 42 + "}")),
                400,
                "secret_value");
        assertProblem(
                record(responses, api.post(path, "{\"secret_name\":\"BROKEN\",\"secret_value\":\"" + value + "\"")),
                400,
                null);
        assertThat(eventCount()).isEqualTo(before);
        assertNowhere(output, responses, value);
    }

    @Test
    void secretsAttachOnlyToTraversalsOfTheirOwnProject() {
        String admin = user("admin");
        Catalog catalog = catalog(admin);
        Catalog sibling = catalog(admin);
        Api api = api().as(admin);
        String secret = secret(api, catalog.project(), "USERNAME");
        String foreign = secret(api, sibling.project(), "USERNAME");
        String traversal = "/api/v1/traversals/" + catalog.traversal();

        Api.Response attached = api.send("PUT", traversal + "/secrets/" + secret, null);
        assertThat(attached.status()).as(attached.toString()).isIn(200, 204);
        assertThat(api.get(traversal).json().get("secret_ids"))
                .extracting(JsonNode::asText)
                .containsExactly(secret);

        long before = eventCount();
        Api.Response crossProject = api.send("PUT", traversal + "/secrets/" + foreign, null);
        assertThat(crossProject.status()).as(crossProject.toString()).isEqualTo(422);
        assertThat(crossProject.json().get("errors").get(0).get("field").asText())
                .isEqualTo("secret_id");
        Api.Response missing = api.send("PUT", traversal + "/secrets/" + UUID.randomUUID(), null);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(eventCount()).isEqualTo(before);

        assertThat(api.delete(traversal + "/secrets/" + secret).status()).isIn(200, 204);
        assertThat(api.get(traversal).json().get("secret_ids")).isEmpty();
    }

    @Test
    void shreddingTheDataKeyMakesEveryValueUnreadableWhileTheEventsStay(CapturedOutput output) {
        String admin = user("admin");
        Catalog catalog = catalog(admin);
        String member = user("member");
        member(admin, catalog.organization(), member, "member");
        Api api = api().as(admin);
        String firstValue = plaintext();
        String secondValue = plaintext();
        String first = secret(api, catalog.project(), "FIRST", firstValue);
        String second = secret(api, catalog.project(), "SECOND", secondValue);
        String untouched = secret(api, project(admin, catalog.organization()), "NEIGHBOUR");
        String runner = apiKey(admin, catalog.organization(), null, "secrets:reveal");
        Api asRunner = api().withToken(runner);
        assertThat(asRunner.post("/api/v1/secrets/" + first + "/reveal", "")
                        .json()
                        .get("secret_value")
                        .asText())
                .isEqualTo(firstValue);
        String ciphertextBefore = ciphertextInEvents(first);
        String dataKey = "/api/v1/projects/" + catalog.project() + "/data-key";

        assertThat(api().as(member).delete(dataKey).status()).isEqualTo(403);
        long before = eventCount();
        Api.Response shredded = api.delete(dataKey);
        assertThat(shredded.status()).as(shredded.toString()).isEqualTo(204);
        assertThat(eventCount()).isEqualTo(before + 1);

        for (String secret : List.of(first, second)) {
            Api.Response gone = asRunner.post("/api/v1/secrets/" + secret + "/reveal", "");
            assertThat(gone.status()).as(gone.toString()).isEqualTo(410);
            assertThat(gone.header("Content-Type")).startsWith("application/problem+json");
            assertThat(api.get("/api/v1/secrets/" + secret)
                            .json()
                            .get("value_shredded")
                            .asBoolean())
                    .isTrue();
        }
        // The events stay, ciphertext and all; only the key that opens them is gone.
        assertThat(ciphertextInEvents(first)).isEqualTo(ciphertextBefore);
        assertThat(jdbc.queryForObject(
                        "SELECT wrapped_key IS NULL AND shredded_at IS NOT NULL FROM ws.data_key WHERE project_id = ?",
                        Boolean.class,
                        catalog.project()))
                .isTrue();
        // Another project's secrets do not share the key.
        assertThat(asRunner.post("/api/v1/secrets/" + untouched + "/reveal", "").status())
                .isEqualTo(200);
        // Shredding twice finds nothing left to destroy.
        assertThat(api.delete(dataKey).status()).isEqualTo(404);

        // The project can keep secrets again, under a new data key; the old values stay unreadable.
        String thirdValue = plaintext();
        String third = secret(api, catalog.project(), "THIRD", thirdValue);
        assertThat(asRunner.post("/api/v1/secrets/" + third + "/reveal", "")
                        .json()
                        .get("secret_value")
                        .asText())
                .isEqualTo(thirdValue);
        assertThat(asRunner.post("/api/v1/secrets/" + first + "/reveal", "").status())
                .isEqualTo(410);
        assertNowhere(output, List.of(), firstValue, secondValue, thirdValue);
    }

    /** A value no test or fixture could contain by chance. */
    private static String plaintext() {
        return "pw-" + UUID.randomUUID().toString().replace("-", "");
    }

    private String secret(Api api, String project, String name) {
        return secret(api, project, name, plaintext());
    }

    private String secret(Api api, String project, String name, String value) {
        Api.Response created = api.post(
                "/api/v1/projects/" + project + "/secrets",
                "{\"secret_name\":\"" + name + "\",\"secret_value\":\"" + value + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    private long revealCount(String secret) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM es.domain_event_entry WHERE payload_type LIKE '%SecretRevealed'"
                        + " AND encode(payload, 'escape') LIKE ?",
                Long.class, "%" + secret + "%");
    }

    private String ciphertextInEvents(String secret) {
        return jdbc.queryForObject(
                "SELECT encode(payload, 'escape') FROM es.domain_event_entry WHERE payload_type LIKE '%SecretCreated'"
                        + " AND encode(payload, 'escape') LIKE ?",
                String.class, "%" + secret + "%");
    }

    private static Api.Response record(List<Api.Response> responses, Api.Response response) {
        responses.add(response);
        return response;
    }

    private static void assertProblem(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        if (field != null) {
            assertThat(response.json().get("errors").get(0).get("field").asText())
                    .as(response.toString())
                    .isEqualTo(field);
        }
    }

    /** Not in any table of the event store, write model or read model, any log line or any response body. */
    private void assertNowhere(CapturedOutput output, List<Api.Response> responses, String... values) {
        for (String value : values) {
            assertThat(Plaintext.foundIn(jdbc, value)).as(value).isEmpty();
            assertThat(output.getAll()).doesNotContain(value);
            for (Api.Response response : responses) {
                assertThat(response.body()).as(response.toString()).doesNotContain(value);
                assertThat(response.toString()).doesNotContain(value);
            }
        }
    }
}
