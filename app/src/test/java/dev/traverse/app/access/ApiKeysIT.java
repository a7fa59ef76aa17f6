package dev.traverse.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.traverse.app.Api;
import dev.traverse.app.Plaintext;
import dev.traverse.app.TestSecrets;
import dev.traverse.app.TraverseIT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** API keys over HTTP: made by admins, shown once, stored as keyed hashes, limited to their scopes and project. */
@ExtendWith(OutputCaptureExtension.class)
class ApiKeysIT extends TraverseIT {

    private static final String KEY_SHAPE = "crk_live_[0-9A-Za-z]{36}";

    @Test
    void anAdminCreatesAKeyThatIsShownOnceAndStoredOnlyAsAKeyedHash(CapturedOutput output) throws Exception {
        String admin = user("admin");
        Catalog catalog = catalog(admin);
        Api api = api().as(admin);
        Instant expiry = Instant.now().plus(Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        Api.Response created = api.post(
                "/api/v1/organizations/" + catalog.organization() + "/api-keys",
                "{\"scopes\":[\"read\",\"runs:write\"],\"project_id\":\"" + catalog.project() + "\",\"expires_at\":\""
                        + expiry + "\",\"description\":\"CI on main\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Cache-Control")).contains("no-store");
        String key = created.json().get("key").asText();
        String keyId = created.id();
        assertThat(key).matches(KEY_SHAPE);
        assertThat(created.json().get("hint").asText()).isEqualTo("crk_live_..." + key.substring(key.length() - 4));

        Api.Response listed = api.get("/api/v1/organizations/" + catalog.organization() + "/api-keys");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).doesNotContain(key).doesNotContain(key.substring(9, 41));
        JsonNode view = listed.json().get("data").get(0);
        assertThat(view.get("id").asText()).isEqualTo(keyId);
        assertThat(view.get("hint").asText())
                .isEqualTo(created.json().get("hint").asText());
        assertThat(view.get("scopes")).extracting(JsonNode::asText).containsExactly("read", "runs:write");
        assertThat(view.get("project_id").asText()).isEqualTo(catalog.project());
        assertThat(view.get("description").asText()).isEqualTo("CI on main");
        assertThat(Instant.parse(view.get("expires_at").asText())).isEqualTo(expiry);
        assertThat(view.get("created_at").isNull()).isFalse();
        assertThat(view.get("last_used_at").isNull()).isTrue();
        assertThat(view.get("revoked").asBoolean()).isFalse();
        assertThat(view.has("key_hash")).isFalse();

        // Only HMAC-SHA256(pepper, key) is stored; the key itself is nowhere in the database.
        assertThat(jdbc.queryForObject("SELECT key_hash FROM ws.api_key WHERE key_id = ?", String.class, keyId))
                .isEqualTo(hmac(TestSecrets.PEPPER, key));
        assertThat(Plaintext.foundIn(jdbc, key.substring(9))).isEmpty();

        // Using it records when it was last used.
        assertThat(api().withToken(key)
                        .get("/api/v1/projects/" + catalog.project())
                        .status())
                .isEqualTo(200);
        JsonNode used = api.get("/api/v1/organizations/" + catalog.organization() + "/api-keys")
                .json()
                .get("data")
                .get(0);
        assertThat(used.get("last_used_at").isNull()).isFalse();
        assertThat(output.getAll()).doesNotContain(key.substring(9));
    }

    @Test
    void aRetriedCreationDoesNotShowTheKeyAgainNorMakeASecondOne() {
        String admin = user("admin");
        String org = organization(admin);
        Api api = api().as(admin).header("Idempotency-Key", "create-key-1");
        Api.Response first = api.post("/api/v1/organizations/" + org + "/api-keys", "{\"scopes\":[\"read\"]}");
        Api.Response retry = api.post("/api/v1/organizations/" + org + "/api-keys", "{\"scopes\":[\"read\"]}");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.json().get("type").asText()).endsWith("/idempotency-key-used");
        assertThat(retry.body()).doesNotContain(first.json().get("key").asText());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ws.api_key WHERE organization_id = ?", Long.class, org))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM ws.idempotency_record WHERE encode(response_body, 'escape') LIKE ?",
                        Long.class,
                        "%" + first.json().get("key").asText() + "%"))
                .isZero();
    }

    @Test
    void aKeyActsOnlyWithinItsOrganizationProjectAndScopes() {
        String admin = user("admin");
        Catalog catalog = catalog(admin);
        String otherProject = project(admin, catalog.organization());
        Catalog foreign = catalog(user("stranger"));
        String reader = apiKey(admin, catalog.organization(), catalog.project(), "read");
        String runner = apiKey(admin, catalog.organization(), null, "runs:write");
        String startRun = "{\"run_type\":\"AGENTIC\",\"test_config\":{\"model\":\"gpt-4o\"}}";

        Api asReader = api().withToken(reader);
        assertThat(asReader.get("/api/v1/projects/" + catalog.project()).status())
                .isEqualTo(200);
        assertThat(asReader.get("/api/v1/test-cases/" + catalog.testCase()).status())
                .isEqualTo(200);
        // Another project of the same organization, and another organization: as if they did not exist.
        assertThat(asReader.get("/api/v1/projects/" + otherProject).status()).isEqualTo(404);
        assertThat(asReader.get("/api/v1/projects/" + foreign.project()).status())
                .isEqualTo(404);
        assertThat(asReader.get("/api/v1/organizations/" + catalog.organization())
                        .status())
                .isEqualTo(404);
        // Reading is all it may do.
        long before = eventCount();
        Api.Response write = asReader.post("/api/v1/traversals/" + catalog.traversal() + "/runs", startRun);
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.json().get("detail").asText()).contains("runs:write");
        assertThat(asReader.post(
                                "/api/v1/projects/" + catalog.project() + "/tags",
                                "{\"name\":\"ci\",\"color\":\"#00ff00\"}")
                        .status())
                .isEqualTo(403);
        assertThat(asReader.post("/api/v1/organizations", "{\"name\":\"Made by a key\"}")
                        .status())
                .isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);

        Api asRunner = api().withToken(runner);
        assertThat(asRunner.post("/api/v1/traversals/" + catalog.traversal() + "/runs", startRun)
                        .status())
                .isEqualTo(201);
        assertThat(asRunner.post("/api/v1/traversals/" + foreign.traversal() + "/runs", startRun)
                        .status())
                .isEqualTo(404);
        // runs:write does not include reading.
        assertThat(asRunner.get("/api/v1/projects/" + catalog.project()).status())
                .isEqualTo(403);
    }

    @Test
    void revokedExpiredUnknownAndMalformedKeysAllGetTheSame401() {
        String admin = user("admin");
        Catalog catalog = catalog(admin);
        String path = "/api/v1/projects/" + catalog.project();
        String revoked = apiKey(admin, catalog.organization(), null, "read");
        String keyId = keyIdOf(catalog.organization(), revoked);
        Api.Response expiring = api().as(admin)
                .post(
                        "/api/v1/organizations/" + catalog.organization() + "/api-keys",
                        "{\"scopes\":[\"read\"],\"expires_at\":\""
                                + Instant.now().plusSeconds(2) + "\"}");
        String expired = expiring.json().get("key").asText();

        assertThat(api().withToken(revoked).get(path).status()).isEqualTo(200);
        assertThat(api().withToken(expired).get(path).status()).isEqualTo(200);
        assertThat(api().as(admin)
                        .delete("/api/v1/organizations/" + catalog.organization() + "/api-keys/" + keyId)
                        .status())
                .isEqualTo(204);
        // Revocation is immediate: the very next request is refused.
        Api.Response afterRevocation = api().withToken(revoked).get(path);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api().withToken(expired).get(path).status() == 401);

        String unknown = dev.traverse.command.apikey.ApiKeyFormat.generate();
        char last = revoked.charAt(revoked.length() - 1);
        String typo = revoked.substring(0, revoked.length() - 1) + (last == 'a' ? 'b' : 'a');
        List<Api.Response> refused = List.of(
                afterRevocation,
                api().withToken(expired).get(path),
                api().withToken(unknown).get(path),
                api().withToken(typo).get(path),
                api().withToken("crk_live_short").get(path));
        for (Api.Response response : refused) {
            assertThat(response.status()).as(response.toString()).isEqualTo(401);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.header("WWW-Authenticate")).isEqualTo(afterRevocation.header("WWW-Authenticate"));
            assertThat(response.json().get("type"))
                    .isEqualTo(afterRevocation.json().get("type"));
            assertThat(response.json().get("detail"))
                    .isEqualTo(afterRevocation.json().get("detail"));
        }
        JsonNode listed = api().as(admin)
                .get("/api/v1/organizations/" + catalog.organization() + "/api-keys")
                .json()
                .get("data");
        JsonNode revokedView = listed.get(0).get("id").asText().equals(keyId) ? listed.get(0) : listed.get(1);
        assertThat(revokedView.get("revoked").asBoolean()).isTrue();
        assertThat(revokedView.get("revoked_at").isNull()).isFalse();
    }

    @Test
    void onlyTheOrganizationsAdminsManageItsKeys() {
        String admin = user("admin");
        String org = organization(admin);
        String member = user("member");
        member(admin, org, member, "member");
        String outsider = user("outsider");
        organization(outsider);
        String key = apiKey(admin, org, null, "read");
        String keyId = keyIdOf(org, key);
        long before = eventCount();

        assertThat(api().as(member)
                        .post("/api/v1/organizations/" + org + "/api-keys", "{\"scopes\":[\"read\"]}")
                        .status())
                .isEqualTo(403);
        assertThat(api().as(member)
                        .get("/api/v1/organizations/" + org + "/api-keys")
                        .status())
                .isEqualTo(403);
        assertThat(api().as(member)
                        .delete("/api/v1/organizations/" + org + "/api-keys/" + keyId)
                        .status())
                .isEqualTo(403);
        assertThat(api().as(outsider)
                        .get("/api/v1/organizations/" + org + "/api-keys")
                        .status())
                .isEqualTo(404);
        // A key cannot mint or revoke keys, not even with every scope.
        String everything = apiKey(admin, org, null, "read", "runs:write", "reports:write", "secrets:reveal", "audit");
        before = eventCount();
        assertThat(api().withToken(everything)
                        .post("/api/v1/organizations/" + org + "/api-keys", "{\"scopes\":[\"read\"]}")
                        .status())
                .isEqualTo(403);
        assertThat(api().withToken(everything)
                        .delete("/api/v1/organizations/" + org + "/api-keys/" + keyId)
                        .status())
                .isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);
        // A key id of another organization is unknown here.
        String otherOrg = organization(admin);
        assertThat(api().as(admin)
                        .delete("/api/v1/organizations/" + otherOrg + "/api-keys/" + keyId)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void badRequestsNameTheFieldAndWriteNothing() {
        String admin = user("admin");
        String org = organization(admin);
        String stranger = user("stranger");
        String foreignProject = project(stranger, organization(stranger));
        String path = "/api/v1/organizations/" + org + "/api-keys";
        Api api = api().as(admin);
        long before = eventCount();

        assertField(api.post(path, "{}"), 400, "scopes");
        assertField(api.post(path, "{\"scopes\":[]}"), 400, "scopes");
        assertField(api.post(path, "{\"scopes\":[\"write\"]}"), 400, "scopes[0]");
        assertField(
                api.post(path, "{\"scopes\":[\"read\"],\"expires_at\":\"2001-01-01T00:00:00Z\"}"), 400, "expires_at");
        assertField(api.post(path, "{\"scopes\":[\"read\"],\"expires_at\":\"tomorrow\"}"), 400, "expires_at");
        assertField(
                api.post(path, "{\"scopes\":[\"read\"],\"description\":\"" + "x".repeat(501) + "\"}"),
                400,
                "description");
        Api.Response foreign = api.post(path, "{\"scopes\":[\"read\"],\"project_id\":\"" + foreignProject + "\"}");
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(422);
        assertThat(foreign.json().get("errors").get(0).get("field").asText()).isEqualTo("project_id");
        assertThat(eventCount()).isEqualTo(before);
    }

    private static void assertField(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).as(response.toString()).contains("\"" + field + "\"");
    }

    private String keyIdOf(String organizationId, String key) {
        return jdbc.queryForObject(
                "SELECT key_id FROM ws.api_key WHERE organization_id = ? AND key_hash = ?",
                String.class,
                organizationId,
                hmac(TestSecrets.PEPPER, key));
    }

    private static String hmac(String pepper, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pepper.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(key.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
