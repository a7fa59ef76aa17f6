package dev.traverse.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.Api;
import dev.traverse.app.RunningApp;
import dev.traverse.app.TestSecrets;
import dev.traverse.testsupport.TestPostgres;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The configuration API keys and secrets depend on, as an operator sets it: nothing set, a master key rotated while
 * secrets exist, and the per-key rate limit.
 */
class KeyConfigurationIT {

    private static final String ADMIN = "key-config-admin";

    @Test
    void withoutAPepperOrAMasterKeyKeysAndSecretsAreUnavailableAndTheRestWorks() {
        try (RunningApp app = RunningApp.start(TestPostgres.freshDatabaseUrl("unconfigured"))) {
            Api api = app.api().as(ADMIN);
            String org =
                    api.post("/api/v1/organizations", "{\"name\":\"No keys\"}").id();
            String project = api.post("/api/v1/organizations/" + org + "/projects", "{\"name\":\"P\"}")
                    .id();
            long before = events(app);

            Api.Response key = api.post("/api/v1/organizations/" + org + "/api-keys", "{\"scopes\":[\"read\"]}");
            Api.Response secret = api.post(
                    "/api/v1/projects/" + project + "/secrets",
                    "{\"secret_name\":\"PASSWORD\",\"secret_value\":\"not-stored-anywhere\"}");
            for (Api.Response response : List.of(key, secret)) {
                assertThat(response.status()).as(response.toString()).isEqualTo(503);
                assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                assertThat(response.body()).doesNotContain("not-stored-anywhere");
            }
            assertThat(key.json().get("detail").asText()).contains("traverse.api-keys.pepper");
            assertThat(secret.json().get("detail").asText()).contains("traverse.secrets.master-keys");
            assertThat(events(app)).isEqualTo(before);
            // A key cannot be checked without the pepper: refused like any unknown key.
            assertThat(app.api()
                            .withToken(dev.traverse.command.apikey.ApiKeyFormat.generate())
                            .get("/api/v1/projects/" + project)
                            .status())
                    .isEqualTo(401);
        }
    }

    @Test
    void theMasterKeyRotatesWhileSecretsStayReadable() {
        String database = TestPostgres.freshDatabaseUrl("rotation");
        String secret;
        String runner;
        try (RunningApp app = RunningApp.start(database, TestSecrets.settings())) {
            Api api = app.api().as(ADMIN);
            String org =
                    api.post("/api/v1/organizations", "{\"name\":\"Rotation\"}").id();
            String project = api.post("/api/v1/organizations/" + org + "/projects", "{\"name\":\"P\"}")
                    .id();
            secret = api.post(
                            "/api/v1/projects/" + project + "/secrets",
                            "{\"secret_name\":\"PASSWORD\",\"secret_value\":\"correct horse\"}")
                    .id();
            runner = api.post("/api/v1/organizations/" + org + "/api-keys", "{\"scopes\":[\"secrets:reveal\"]}")
                    .json()
                    .get("key")
                    .asText();
            assertThat(masterKeyOf(app, project)).isEqualTo("one");
        }

        // Step 1: add key "two" and make it active; on start every data key is re-wrapped with it.
        try (RunningApp app = RunningApp.start(
                database,
                "traverse.api-keys.pepper=" + TestSecrets.PEPPER,
                "traverse.secrets.master-keys.one=" + TestSecrets.MASTER_KEY_ONE,
                "traverse.secrets.master-keys.two=" + TestSecrets.MASTER_KEY_TWO,
                "traverse.secrets.active-master-key=two")) {
            assertThat(app.jdbc().queryForList("SELECT DISTINCT master_key_id FROM ws.data_key", String.class))
                    .containsExactly("two");
            assertThat(reveal(app, runner, secret).json().get("secret_value").asText())
                    .isEqualTo("correct horse");
        }

        // Step 2: retire key "one"; nothing needs it any more.
        try (RunningApp app = RunningApp.start(database, onlyMasterKey("two", TestSecrets.MASTER_KEY_TWO))) {
            assertThat(reveal(app, runner, secret).json().get("secret_value").asText())
                    .isEqualTo("correct horse");
        }

        // Going back to the retired key alone is refused clearly, not with a wrong value.
        try (RunningApp app = RunningApp.start(database, onlyMasterKey("one", TestSecrets.MASTER_KEY_ONE))) {
            Api.Response refused = reveal(app, runner, secret);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.body()).doesNotContain("correct horse");
        }
    }

    @Test
    void eachKeyHasItsOwnRateLimit() {
        List<String> settings = new ArrayList<>(List.of(TestSecrets.settings()));
        settings.add("traverse.api-keys.rate-limit.burst=3");
        settings.add("traverse.api-keys.rate-limit.per-second=1");
        try (RunningApp app =
                RunningApp.start(TestPostgres.freshDatabaseUrl("ratelimit"), settings.toArray(String[]::new))) {
            Api api = app.api().as(ADMIN);
            String org =
                    api.post("/api/v1/organizations", "{\"name\":\"Limits\"}").id();
            String project = api.post("/api/v1/organizations/" + org + "/projects", "{\"name\":\"P\"}")
                    .id();
            String busy = key(app, org);
            String quiet = key(app, org);
            String path = "/api/v1/projects/" + project;

            List<Integer> statuses = new ArrayList<>();
            Api.Response limited = null;
            for (int i = 0; i < 10 && limited == null; i++) {
                Api.Response response = app.api().withToken(busy).get(path);
                statuses.add(response.status());
                if (response.status() == 429) {
                    limited = response;
                }
            }
            assertThat(limited).as("statuses %s", statuses).isNotNull();
            assertThat(statuses.subList(0, 3)).containsOnly(200);
            assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 2);
            assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
            assertThat(limited.json().get("type").asText()).endsWith("/rate-limited");

            // A limited key's writes are refused before they reach anything.
            long before = events(app);
            assertThat(app.api()
                            .withToken(busy)
                            .post("/api/v1/projects/" + project + "/tags", "{\"name\":\"ci\",\"color\":\"#00ff00\"}")
                            .status())
                    .isEqualTo(429);
            assertThat(events(app)).isEqualTo(before);
            // Another key of the same organization is not affected, nor are people.
            assertThat(app.api().withToken(quiet).get(path).status()).isEqualTo(200);
            assertThat(api.get(path).status()).isEqualTo(200);
        }
    }

    private static String[] onlyMasterKey(String id, String key) {
        return new String[] {
            "traverse.api-keys.pepper=" + TestSecrets.PEPPER,
            "traverse.secrets.master-keys." + id + "=" + key,
            "traverse.secrets.active-master-key=" + id
        };
    }

    private static String key(RunningApp app, String org) {
        return app.api()
                .as(ADMIN)
                .post("/api/v1/organizations/" + org + "/api-keys", "{\"scopes\":[\"read\"]}")
                .json()
                .get("key")
                .asText();
    }

    private static Api.Response reveal(RunningApp app, String key, String secret) {
        return app.api().withToken(key).post("/api/v1/secrets/" + secret + "/reveal", "");
    }

    private static String masterKeyOf(RunningApp app, String project) {
        return app.jdbc()
                .queryForObject("SELECT master_key_id FROM ws.data_key WHERE project_id = ?", String.class, project);
    }

    private static long events(RunningApp app) {
        return app.jdbc().queryForObject("SELECT count(*) FROM es.domain_event_entry", Long.class);
    }
}
