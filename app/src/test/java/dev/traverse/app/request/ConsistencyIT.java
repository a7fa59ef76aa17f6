package dev.traverse.app.request;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.Api;
import dev.traverse.app.TraverseIT;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Optimistic concurrency with If-Match, and read-your-own-writes under concurrent load. */
class ConsistencyIT extends TraverseIT {

    @Test
    void staleIfMatchIsRefusedWith412AndWritesNothing() {
        String admin = user("stale");
        Api api = api().as(admin);
        String project = project(admin, organization(admin));
        String testCase = api.post("/api/v1/projects/" + project + "/test-cases", "{\"test_description\":\"v1\"}")
                .id();
        Api.Response second =
                api.header("If-Match", "\"1\"").patch("/api/v1/test-cases/" + testCase, "{\"extra_rules\":\"a\"}");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.header("ETag")).isEqualTo("\"2\"");
        long before = eventCount();

        Api.Response stale =
                api.header("If-Match", "\"1\"").patch("/api/v1/test-cases/" + testCase, "{\"extra_rules\":\"b\"}");

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("type").asText()).endsWith("/stale-version");
        assertThat(eventCount()).isEqualTo(before);
        assertThat(api.get("/api/v1/test-cases/" + testCase)
                        .json()
                        .get("extra_rules")
                        .asText())
                .isEqualTo("a");
        Api.Response conditional = api.header("If-None-Match", "\"2\"").get("/api/v1/test-cases/" + testCase);
        assertThat(conditional.status()).isEqualTo(304);
    }

    @Test
    void ofConcurrentUpdatesWithTheSameVersionExactlyOneWins() throws Exception {
        String admin = user("race");
        Api api = api().as(admin);
        String project = project(admin, organization(admin));
        // A color none of the writers sends: a writer sending the current color changes nothing and always wins.
        String tag = api.post("/api/v1/projects/" + project + "/tags", "{\"name\":\"t\",\"color\":\"#ffffff\"}")
                .id();
        long before = eventCount();
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String color = String.format("#0000%02d", i);
            writers.add(() -> api.header("If-Match", "\"1\"")
                    .patch("/api/v1/tags/" + tag, "{\"color\":\"" + color + "\"}")
                    .status());
        }
        List<Integer> statuses = runConcurrently(writers);
        assertThat(statuses).containsOnly(200, 412);
        assertThat(statuses.stream().filter(status -> status == 200)).hasSize(1);
        assertThat(eventCount()).isEqualTo(before + 1);
    }

    @Test
    void everyWriteIsReadableAtOnceUnderConcurrentLoad() throws Exception {
        String admin = user("ryow");
        Api api = api().as(admin);
        String org = organization(admin);
        String project = project(admin, org);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<Callable<Integer>> clients = new ArrayList<>();
        for (int client = 0; client < 8; client++) {
            int id = client;
            clients.add(() -> {
                for (int i = 0; i < 15; i++) {
                    // All clients write into the same project aggregate: the per-aggregate lock must serialize them.
                    Api.Response tag = api.post(
                            "/api/v1/projects/" + project + "/tags",
                            "{\"name\":\"c" + id + "-" + i + "\",\"color\":\"#abcdef\"}");
                    if (tag.status() != 201) {
                        failures.add("create tag: " + tag);
                        continue;
                    }
                    Api.Response read = api.get("/api/v1/tags/" + tag.id());
                    if (read.status() != 200) {
                        failures.add("read own tag: " + read);
                    }
                    Api.Response testCase = api.post(
                            "/api/v1/projects/" + project + "/test-cases",
                            "{\"test_description\":\"c" + id + "\",\"tag_ids\":[\"" + tag.id() + "\"]}");
                    Api.Response patched = api.header("If-Match", "\"1\"")
                            .patch("/api/v1/test-cases/" + testCase.id(), "{\"extra_rules\":\"r" + i + "\"}");
                    Api.Response after = api.get("/api/v1/test-cases/" + testCase.id());
                    if (patched.status() != 200
                            || !after.json().path("extra_rules").asText().equals("r" + i)
                            || after.json().path("version").asLong() != 2
                            || !after.json()
                                    .path("tags")
                                    .path(0)
                                    .path("id")
                                    .asText()
                                    .equals(tag.id())) {
                        failures.add("read own test case: " + patched + " then " + after);
                    }
                }
                return 0;
            });
        }
        runConcurrently(clients);
        assertThat(failures).isEmpty();
        assertThat(api.get("/api/v1/projects/" + project + "/tags?limit=200")
                        .json()
                        .get("data"))
                .hasSize(120);
    }

    private static List<Integer> runConcurrently(List<Callable<Integer>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> future : pool.invokeAll(tasks, 2, TimeUnit.MINUTES)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
