package dev.traverse.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.traverse.app.Api;
import dev.traverse.app.TraverseIT;
import dev.traverse.testsupport.SharedFixtures;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * History, flakiness and failure groups across several pushed runs: copies of the real sharded Playwright report,
 * changed in memory, pushed with their own commits, branches and times.
 */
class ReportHistoryIT extends TraverseIT {

    private static final String ADDS = "add.spec.ts › add › adds [chromium]";
    private static final String MULTIPLIES = "multiply.spec.ts › multiply › multiplies [chromium]";
    private final ObjectMapper json = new ObjectMapper();

    /** The sharded fixture, with "adds" in chromium passing when {@code addsPasses}. */
    private byte[] report(boolean addsPasses) throws Exception {
        ObjectNode report = (ObjectNode) json.readTree(SharedFixtures.bytes(ReportsIT.PW_1_37));
        if (addsPasses) {
            for (JsonNode spec : report.findValues("specs")) {
                for (JsonNode candidate : spec) {
                    JsonNode test = candidate.get("tests").get(0);
                    if (candidate.get("title").asText().equals("adds")
                            && test.get("projectName").asText().equals("chromium")) {
                        ((ObjectNode) test).put("status", "expected");
                        test.get("results").forEach(result -> ((ObjectNode) result).put("status", "passed"));
                    }
                }
            }
        }
        return json.writeValueAsBytes(report);
    }

    private String push(Api api, String project, boolean addsPasses, String branch, int hour) throws Exception {
        Api.Response pushed = ReportsIT.push(
                api,
                project,
                report(addsPasses),
                "?branch=" + branch + "&commit_hash=" + ("%040x".formatted(hour + 1)) + "&run_at=2026-04-01T0" + hour
                        + ":00:00Z");
        assertThat(pushed.status()).as(pushed.body()).isEqualTo(201);
        return pushed.id();
    }

    private static String key(String testKey) {
        return URLEncoder.encode(testKey, StandardCharsets.UTF_8);
    }

    @Test
    void historyFlakinessAndFailureGroupsAcrossRunsAndBranches() throws Exception {
        String admin = user("history");
        Api api = api().as(admin);
        String project = project(admin, organization(admin));
        // main: adds fails, passes, fails (2 flips); feature: fails once. multiplies is flaky in every run.
        String r1 = push(api, project, false, "main", 1);
        String r2 = push(api, project, true, "main", 2);
        String r4 = push(api, project, false, "feature", 4);
        String r3 = push(api, project, false, "main", 3);

        JsonNode history = api.get("/api/v1/projects/" + project + "/test-history?test_key=" + key(ADDS))
                .json();
        assertThat(history.get("data").findValuesAsText("report_id")).containsExactly(r4, r3, r2, r1);
        assertThat(history.get("data").findValuesAsText("outcome"))
                .containsExactly("failed", "failed", "passed", "failed");
        assertThat(history.get("data").findValuesAsText("branch")).containsExactly("feature", "main", "main", "main");
        assertThat(history.at("/stats/runs").asInt()).isEqualTo(4);
        assertThat(history.at("/stats/failed").asInt()).isEqualTo(3);
        assertThat(history.at("/stats/last_outcome").asText()).isEqualTo("failed");
        JsonNode paged = api.get(
                        "/api/v1/projects/" + project + "/test-history?limit=3&branch=main&test_key=" + key(ADDS))
                .json();
        assertThat(paged.get("data")).hasSize(3);
        assertThat(paged.get("next_cursor").isNull()).isTrue();

        JsonNode flaky = api.get("/api/v1/projects/" + project + "/flaky-tests").json();
        assertThat(flaky.get("window").asInt()).isEqualTo(20);
        assertThat(flaky.get("data").findValuesAsText("test_key")).containsExactly(MULTIPLIES, ADDS);
        assertThat(flaky.at("/data/0/flaky_runs").asInt()).isEqualTo(4);
        assertThat(flaky.at("/data/0/score").asInt()).isEqualTo(4);
        assertThat(flaky.at("/data/1/flips").asInt()).isEqualTo(2);
        assertThat(flaky.at("/data/1/failures").asInt()).isEqualTo(3);
        // The last two runs of main (r2, r3): adds flipped once, multiplies was flaky twice.
        JsonNode recent = api.get("/api/v1/projects/" + project + "/flaky-tests?branch=main&window=2")
                .json();
        assertThat(recent.get("data").findValuesAsText("score")).containsExactly("2", "1");
        assertThat(api.get("/api/v1/projects/" + project + "/flaky-tests?window=1")
                        .status())
                .isEqualTo(400);

        JsonNode groups = api.get("/api/v1/projects/" + project + "/failure-groups")
                .json()
                .get("data");
        assertThat(groups).singleElement().satisfies(group -> {
            assertThat(group.get("error_group").asText())
                    .isEqualTo("expect(received).toBe(expected) // Object.is equality Expected: <n> Received: <n>");
            // adds fails in firefox in all 4 runs and in chromium in 3 of them.
            assertThat(group.get("failures").asInt()).isEqualTo(7);
            assertThat(group.get("tests").asInt()).isEqualTo(2);
            assertThat(group.get("reports").asInt()).isEqualTo(4);
        });
        assertThat(api.get("/api/v1/projects/" + project + "/failure-groups?report_id=" + r2)
                        .json()
                        .at("/data/0/failures")
                        .asInt())
                .isEqualTo(1);

        JsonNode main =
                api.get("/api/v1/projects/" + project + "/reports?branch=main").json();
        assertThat(main.get("data").findValuesAsText("id")).containsExactly(r1, r2, r3);
        assertThat(api.get("/api/v1/projects/" + project + "/reports?from=2026-04-01T02:00:00Z&to=2026-04-01T04:00:00Z")
                        .json()
                        .get("data")
                        .findValuesAsText("id"))
                .containsExactlyInAnyOrder(r2, r3);
        assertThat(api.get("/api/v1/projects/" + project + "/reports?status=done")
                        .status())
                .isEqualTo(400);
    }
}
