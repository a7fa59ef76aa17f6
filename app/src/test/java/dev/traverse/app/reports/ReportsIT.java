package dev.traverse.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.traverse.app.Api;
import dev.traverse.app.TraverseIT;
import dev.traverse.testsupport.SharedFixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * CI test reports over HTTP: every real fixture pushed and read back with the right counts, a multipart push, the
 * raw report downloaded byte for byte, Idempotency-Key retries stored once, and bad input refused with nothing
 * written.
 */
class ReportsIT extends TraverseIT {

    static final String PW_1_28 = "reports/playwright_1.28.1_captain-fixture.json";
    static final String PW_1_30 = "reports/playwright_1.30.0_global-error_captain-fixture.json";
    static final String PW_1_37 = "reports/playwright_1.37.1_sharded-retries_daun-fixture.json";
    static final String PW_1_53 = "reports/playwright_1.53.1_webserver-error_seungwoo321.json";
    static final String PW_1_59 = "reports/playwright_1.59.1_with-stats_asharkhalid.json";
    static final String VITEST = "reports/vitest_captain-fixture.json";

    static Api.Response push(Api api, String project, byte[] report, String query) {
        return api.postBytes("/api/v1/projects/" + project + "/reports" + query, report, "application/json");
    }

    private static void assertCounts(
            JsonNode report, String status, int total, int passed, int failed, int flaky, int skipped, int todo) {
        assertThat(report.get("status").asText()).isEqualTo(status);
        assertThat(report.get("total").asInt()).isEqualTo(total);
        assertThat(report.get("passed").asInt()).isEqualTo(passed);
        assertThat(report.get("failed").asInt()).isEqualTo(failed);
        assertThat(report.get("flaky").asInt()).isEqualTo(flaky);
        assertThat(report.get("skipped").asInt()).isEqualTo(skipped);
        assertThat(report.get("todo").asInt()).isEqualTo(todo);
    }

    @Test
    void everyFixtureIngestsWithItsCountsAndStatus() {
        String admin = user("reports");
        Api api = api().as(admin);
        String project = project(admin, organization(admin));
        // file, test_tool given or detected, expected status and counts (total, passed, failed, flaky, skipped, todo)
        Object[][] cases = {
            {PW_1_28, "?test_tool=playwright", "failed", 64, 36, 16, 4, 4, 4},
            {PW_1_30, "", "failed", 14, 0, 0, 0, 14, 0},
            {PW_1_37, "?test_tool=playwright", "failed", 14, 10, 2, 1, 1, 0},
            {PW_1_53, "", "failed", 0, 0, 0, 0, 0, 0},
            {PW_1_59, "", "passed", 35, 35, 0, 0, 0, 0},
            {VITEST, "?test_tool=vitest", "failed", 10, 5, 2, 0, 2, 1},
        };
        for (Object[] fixture : cases) {
            String query = fixture[1] + (((String) fixture[1]).isEmpty() ? "?" : "&")
                    + "commit_hash=4bfdc7325a6d95e39c6174a33bcfe8694b136684&branch=refs/heads/main&creator=ci%40acme.dev";
            Api.Response pushed = push(api, project, SharedFixtures.bytes((String) fixture[0]), query);
            assertThat(pushed.status()).as(fixture[0] + ": " + pushed.body()).isEqualTo(201);
            String id = pushed.id();
            assertThat(pushed.header("Location")).isEqualTo("/api/v1/reports/" + id);
            assertCounts(
                    pushed.json(),
                    (String) fixture[2],
                    (int) fixture[3],
                    (int) fixture[4],
                    (int) fixture[5],
                    (int) fixture[6],
                    (int) fixture[7],
                    (int) fixture[8]);

            JsonNode report = api.get("/api/v1/reports/" + id).json();
            assertCounts(
                    report,
                    (String) fixture[2],
                    (int) fixture[3],
                    (int) fixture[4],
                    (int) fixture[5],
                    (int) fixture[6],
                    (int) fixture[7],
                    (int) fixture[8]);
            assertThat(report.get("branch").asText()).isEqualTo("main");
            assertThat(report.get("creator").asText()).isEqualTo("ci@acme.dev");
            assertThat(report.get("commit_hash").asText()).isEqualTo("4bfdc7325a6d95e39c6174a33bcfe8694b136684");
            assertThat(report.get("raw_available").asBoolean()).isTrue();
            Api.Response raw = api.get(report.get("raw_url").asText());
            assertThat(raw.header("Content-Type")).startsWith("application/json");
            assertThat(raw.bytes()).isEqualTo(SharedFixtures.bytes((String) fixture[0]));
        }

        JsonNode listed =
                api.get("/api/v1/projects/" + project + "/reports").json().get("data");
        assertThat(listed).hasSize(6);
        assertThat(listed.findValuesAsText("test_tool"))
                .containsExactly("playwright", "playwright", "playwright", "playwright", "playwright", "vitest");
        assertThat(api.get("/api/v1/projects/" + project + "/reports?status=passed")
                        .json()
                        .get("data"))
                .singleElement()
                .satisfies(run -> {
                    assertThat(run.get("run_at").asText()).isEqualTo("2026-05-14T07:04:44.991Z");
                    assertThat(run.get("duration").asLong()).isEqualTo(71_733L);
                    assertThat(run.get("tool_version").asText()).isEqualTo("1.59.1");
                });
        JsonNode webServer = api.get("/api/v1/projects/" + project + "/reports?test_tool=playwright&limit=4")
                .json()
                .get("data")
                .get(3);
        assertThat(webServer.get("errors").get(0).asText())
                .isEqualTo("Error: Process from config.webServer was not able to start. Exit code: 2");
    }

    @Test
    void aRunShowsItsResultsFilteredByOutcome() {
        String admin = user("reports-results");
        Api api = api().as(admin);
        String project = project(admin, organization(admin));
        String id = push(api, project, SharedFixtures.bytes(PW_1_37), "").id();

        JsonNode failed =
                api.get("/api/v1/reports/" + id + "/results?outcome=failed").json();
        assertThat(failed.get("data").findValuesAsText("test_key"))
                .containsExactly("add.spec.ts › add › adds [chromium]", "add.spec.ts › add › adds [firefox]");
        JsonNode adds = failed.get("data").get(0);
        assertThat(adds.get("attempts").asInt()).isEqualTo(5);
        assertThat(adds.get("error_message").asText())
                .isEqualTo("expect(received).toBe(expected) // Object.is equality\n\nExpected: 4\nReceived: 3");
        assertThat(adds.get("attachments").get(0).asText()).isEqualTo("trace");
        JsonNode page = api.get("/api/v1/reports/" + id + "/results?limit=10").json();
        assertThat(page.get("data")).hasSize(10);
        assertThat(page.get("next_from_idx").asInt()).isEqualTo(10);
        assertThat(api.get("/api/v1/reports/" + id + "/results?from_idx=10")
                        .json()
                        .get("data"))
                .hasSize(4);
        JsonNode shard = api.get("/api/v1/reports/" + id).json();
        assertThat(shard.get("shard_index").asInt()).isEqualTo(1);
        assertThat(shard.get("shard_total").asInt()).isEqualTo(2);
        assertThat(shard.get("incomplete_reason").asText()).isEqualTo("shard 1 of 2");
        assertThat(api.get("/api/v1/reports/" + id + "/results?outcome=green").status())
                .isEqualTo(400);
    }

    @Test
    void aMultipartFormCarriesTheReportAndItsFields() {
        String admin = user("reports-multipart");
        Api api = api().as(admin);
        String project = project(admin, organization(admin));
        Multipart form = Multipart.of(
                SharedFixtures.bytes(VITEST),
                "test_tool",
                "vitest",
                "branch",
                "develop",
                "commit_hash",
                "1302d01ef19cdbfeff65b06dda87574840497679");

        Api.Response pushed =
                api.postBytes("/api/v1/projects/" + project + "/reports?creator=kyle", form.body(), form.contentType());

        assertThat(pushed.status()).as(pushed.body()).isEqualTo(201);
        assertCounts(pushed.json(), "failed", 10, 5, 2, 0, 2, 1);
        JsonNode report = api.get("/api/v1/reports/" + pushed.id()).json();
        assertThat(report.get("branch").asText()).isEqualTo("develop");
        assertThat(report.get("creator").asText()).isEqualTo("kyle");
        assertThat(api.get("/api/v1/reports/" + pushed.id() + "/raw").bytes()).isEqualTo(SharedFixtures.bytes(VITEST));
    }

    @Test
    void theSameReportPushedTwiceWithOneIdempotencyKeyIsStoredOnce() {
        String admin = user("reports-idem");
        String project = project(admin, organization(admin));
        Api api = api().as(admin).header("Idempotency-Key", "ci-run-4242-attempt");
        long events = eventCount();

        Api.Response first = push(api, project, SharedFixtures.bytes(PW_1_59), "?branch=main");
        Api.Response again = push(api, project, SharedFixtures.bytes(PW_1_59), "?branch=main");

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(eventCount()).isEqualTo(events + 1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM report_run WHERE project_id = ?", Long.class, project))
                .isEqualTo(1);

        // curl -F picks a new boundary for every attempt; a retry is still the same request.
        Api multipart = api().as(admin).header("Idempotency-Key", "ci-run-4243-attempt");
        Multipart one = Multipart.of(SharedFixtures.bytes(VITEST), "branch", "main");
        Multipart two = Multipart.of(SharedFixtures.bytes(VITEST), "branch", "main");
        assertThat(one.contentType()).isNotEqualTo(two.contentType());
        String path = "/api/v1/projects/" + project + "/reports";
        Api.Response formFirst = multipart.postBytes(path, one.body(), one.contentType());
        Api.Response formAgain = multipart.postBytes(path, two.body(), two.contentType());
        assertThat(formFirst.status()).as(formFirst.body()).isEqualTo(201);
        assertThat(formAgain.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(formAgain.id()).isEqualTo(formFirst.id());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM report_run WHERE project_id = ?", Long.class, project))
                .isEqualTo(2);
    }

    @Test
    void badInputIsRefusedWithAProblemNamingItAndNothingIsStored() {
        String admin = user("reports-bad");
        Api api = api().as(admin);
        String project = project(admin, organization(admin));
        long events = eventCount();
        long artifacts = jdbc.queryForObject("SELECT count(*) FROM ws.artifact", Long.class);

        Api.Response notJson = push(api, project, "<html>oops</html>".getBytes(StandardCharsets.UTF_8), "");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.header("Content-Type")).startsWith("application/problem+json");
        assertThat(notJson.json().get("type").asText()).endsWith("/malformed-body");
        assertThat(notJson.json().get("detail").asText()).contains("not well-formed JSON");

        Api.Response unknown = push(api, project, "{\"tests\": [], \"ok\": true}".getBytes(StandardCharsets.UTF_8), "");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("type").asText()).endsWith("/unprocessable-content");
        assertThat(unknown.json().get("detail").asText()).contains("no known test report");

        Api.Response wrongTool = push(api, project, SharedFixtures.bytes(VITEST), "?test_tool=playwright");
        assertThat(wrongTool.status()).isEqualTo(422);
        assertThat(wrongTool.json().at("/errors/0/field").asText()).isEqualTo("test_tool");

        Api.Response unknownTool = push(api, project, SharedFixtures.bytes(VITEST), "?test_tool=junit");
        assertThat(unknownTool.status()).isEqualTo(400);
        assertThat(unknownTool.json().at("/errors/0/field").asText()).isEqualTo("test_tool");
        Api.Response badCommit = push(api, project, SharedFixtures.bytes(VITEST), "?commit_hash=main");
        assertThat(badCommit.json().at("/errors/0/field").asText()).isEqualTo("commit_hash");
        Api.Response badTime = push(api, project, SharedFixtures.bytes(VITEST), "?run_at=yesterday");
        assertThat(badTime.json().at("/errors/0/field").asText()).isEqualTo("run_at");
        Api.Response unknownParameter = push(api, project, SharedFixtures.bytes(VITEST), "?build=7");
        assertThat(unknownParameter.status()).isEqualTo(400);
        assertThat(unknownParameter.json().at("/errors/0/field").asText()).isEqualTo("build");

        byte[] huge = new byte[300 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';
        Api.Response tooLarge = push(api, project, huge, "");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("type").asText()).endsWith("/payload-too-large");

        assertThat(eventCount()).isEqualTo(events);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ws.artifact", Long.class))
                .isEqualTo(artifacts);
    }

    @Test
    void aFormEncodedContentTypeDoesNotSwallowTheBody() {
        String admin = user("reports-curl");
        Api api = api().as(admin);
        String project = project(admin, organization(admin));

        // What curl --data-binary sends without -H 'Content-Type: application/json'.
        Api.Response pushed = api.postBytes(
                "/api/v1/projects/" + project + "/reports?branch=main",
                SharedFixtures.bytes(PW_1_59),
                "application/x-www-form-urlencoded");

        assertThat(pushed.status()).as(pushed.body()).isEqualTo(201);
        assertThat(pushed.json().get("total").asInt()).isEqualTo(35);
    }

    @Test
    void guestsReadMembersPushOutsidersSeeNothingAndAnonymousIsTurnedAway() {
        String admin = user("reports-acl");
        String guest = user("reports-guest");
        String outsider = user("reports-outsider");
        String organization = organization(admin);
        String project = project(admin, organization);
        member(admin, organization, guest, "guest");
        String id = push(api().as(admin), project, SharedFixtures.bytes(PW_1_59), "")
                .id();
        String[] reads = {
            "/api/v1/reports/" + id,
            "/api/v1/reports/" + id + "/results",
            "/api/v1/reports/" + id + "/raw",
            "/api/v1/projects/" + project + "/reports",
            "/api/v1/projects/" + project + "/flaky-tests",
            "/api/v1/projects/" + project + "/failure-groups",
            "/api/v1/projects/" + project + "/test-history?test_key=x",
        };

        for (String read : reads) {
            assertThat(api().as(guest).get(read).status()).as(read).isEqualTo(200);
            assertThat(api().as(outsider).get(read).status()).as(read).isEqualTo(404);
            assertThat(api().get(read).status()).as(read).isEqualTo(401);
        }
        long events = eventCount();
        assertThat(push(api().as(guest), project, SharedFixtures.bytes(PW_1_59), "")
                        .status())
                .isEqualTo(403);
        assertThat(push(api().as(outsider), project, SharedFixtures.bytes(PW_1_59), "")
                        .status())
                .isEqualTo(404);
        assertThat(push(api(), project, SharedFixtures.bytes(PW_1_59), "").status())
                .isEqualTo(401);
        assertThat(eventCount()).isEqualTo(events);
    }
}
