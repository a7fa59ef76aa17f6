package dev.traverse.app.request;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.Api;
import dev.traverse.app.RunningApp;
import dev.traverse.app.TraverseIT;
import dev.traverse.testsupport.TestPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Idempotency-Key: a retried write answers the same and writes nothing twice, even across a restart. */
class IdempotencyIT extends TraverseIT {

    @Test
    void aRetryGetsTheSameResponseAndWritesNothing() {
        String admin = user("idem");
        String org = organization(admin);
        Api api = api().as(admin).header("Idempotency-Key", UUID.randomUUID().toString());
        String body = "{\"name\":\"Retried\",\"default_url_route\":\"/\"}";

        Api.Response first = api.post("/api/v1/organizations/" + org + "/projects", body);
        long after = eventCount();
        Api.Response retry = api.post("/api/v1/organizations/" + org + "/projects", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(eventCount()).isEqualTo(after);
        assertThat(api().as(admin)
                        .get("/api/v1/organizations/" + org + "/projects")
                        .json()
                        .get("data"))
                .hasSize(1);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefused() {
        String admin = user("idem2");
        String org = organization(admin);
        Api api = api().as(admin).header("Idempotency-Key", "key-" + UUID.randomUUID());
        api.post("/api/v1/organizations/" + org + "/projects", "{\"name\":\"One\"}");
        long before = eventCount();

        Api.Response other = api.post("/api/v1/organizations/" + org + "/projects", "{\"name\":\"Two\"}");

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("type").asText()).endsWith("/idempotency-key-reused");
        assertThat(other.json().at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void keysBelongToTheCallerAndFailedWritesAreNotRemembered() {
        String admin = user("idem3");
        String org = organization(admin);
        String key = "shared-" + UUID.randomUUID();
        Api.Response refused =
                api().as(admin).header("Idempotency-Key", key).post("/api/v1/organizations/" + org + "/projects", "{}");
        assertThat(refused.status()).isEqualTo(400);
        Api.Response fixed = api().as(admin)
                .header("Idempotency-Key", key)
                .post("/api/v1/organizations/" + org + "/projects", "{\"name\":\"Fixed\"}");
        assertThat(fixed.status()).isEqualTo(201);
        Api.Response otherCaller = api().as(user("stranger"))
                .header("Idempotency-Key", key)
                .post("/api/v1/organizations", "{\"name\":\"Mine\"}");
        assertThat(otherCaller.status()).isEqualTo(201);
        assertThat(otherCaller.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void concurrentDuplicatesWriteOnce() throws Exception {
        String admin = user("idem4");
        String org = organization(admin);
        Api api = api().as(admin).header("Idempotency-Key", UUID.randomUUID().toString());
        long before = eventCount();
        List<Callable<Api.Response>> duplicates = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            duplicates.add(() -> api.post("/api/v1/organizations/" + org + "/projects", "{\"name\":\"Once\"}"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(duplicates.size());
        List<Api.Response> responses = new ArrayList<>();
        try {
            for (Future<Api.Response> future : pool.invokeAll(duplicates)) {
                responses.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(responses)
                .allSatisfy(response -> assertThat(response.status()).isEqualTo(201));
        assertThat(responses.stream().map(Api.Response::id).distinct()).hasSize(1);
        assertThat(eventCount()).isEqualTo(before + 1);
    }

    @Test
    void aRetryAfterARestartStillGetsTheStoredResponse() {
        String database = TestPostgres.freshDatabaseUrl("restart");
        String admin = user("restart");
        String key = UUID.randomUUID().toString();
        Api.Response first;
        long events;
        String org;
        try (RunningApp app = RunningApp.start(database)) {
            org = app.api()
                    .as(admin)
                    .post("/api/v1/organizations", "{\"name\":\"Before restart\"}")
                    .id();
            first = app.api()
                    .as(admin)
                    .header("Idempotency-Key", key)
                    .post("/api/v1/organizations/" + org + "/projects", "{\"name\":\"Survivor\"}");
            events = app.jdbc().queryForObject("SELECT count(*) FROM es.domain_event_entry", Long.class);
        }
        try (RunningApp app = RunningApp.start(database)) {
            Api.Response retry = app.api()
                    .as(admin)
                    .header("Idempotency-Key", key)
                    .post("/api/v1/organizations/" + org + "/projects", "{\"name\":\"Survivor\"}");
            assertThat(retry.status()).isEqualTo(201);
            assertThat(retry.body()).isEqualTo(first.body());
            assertThat(app.jdbc().queryForObject("SELECT count(*) FROM es.domain_event_entry", Long.class))
                    .isEqualTo(events);
            assertThat(app.api()
                            .as(admin)
                            .get("/api/v1/projects/" + first.id())
                            .json()
                            .get("name")
                            .asText())
                    .isEqualTo("Survivor");
        }
    }
}
