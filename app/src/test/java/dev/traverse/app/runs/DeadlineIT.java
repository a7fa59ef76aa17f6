package dev.traverse.app.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.traverse.app.Api;
import dev.traverse.app.RunningApp;
import dev.traverse.testsupport.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A run nobody finishes is failed at its deadline by Axon's persistent deadline manager, with the reason. */
class DeadlineIT {

    @Test
    void aRunPastItsDeadlineFailsByItselfAndAFinishedOneDoesNot() throws Exception {
        try (RunningApp app = RunningApp.start(
                TestPostgres.freshDatabaseUrl("deadline"),
                "traverse.runs.timeout=2s",
                "traverse.deadlines.poll-interval=200ms")) {
            String admin = "deadline-admin";
            Api api = app.api().as(admin);
            String org = api.post("/api/v1/organizations", "{\"name\":\"Deadlines\"}")
                    .id();
            String project = api.post("/api/v1/organizations/" + org + "/projects", "{\"name\":\"P\"}")
                    .id();
            String config = api.post("/api/v1/projects/" + project + "/browser-configs", "{\"browser_config\":{}}")
                    .id();
            String testCase = api.post(
                            "/api/v1/projects/" + project + "/test-cases",
                            "{\"test_description\":\"t\",\"browser_config_ids\":[\"" + config + "\"]}")
                    .id();
            String traversal = api.post(
                            "/api/v1/test-cases/" + testCase + "/traversals",
                            "{\"browser_config_id\":\"" + config + "\"}")
                    .id();
            String forgotten = api.post("/api/v1/traversals/" + traversal + "/runs", "{\"run_type\":\"AGENTIC\"}")
                    .id();
            String finished = api.post("/api/v1/traversals/" + traversal + "/runs", "{\"run_type\":\"AGENTIC\"}")
                    .id();
            api.post("/api/v1/runs/" + finished + "/finish", "{\"state\":\"PASSED\"}");

            JsonNode run = waitForState(api, forgotten, "FAILED", Duration.ofSeconds(30));
            assertThat(run.get("failure_reason").asText()).isEqualTo("the run was not finished before its deadline");
            assertThat(api.get("/api/v1/runs/" + finished).json().get("state").asText())
                    .isEqualTo("PASSED");
            assertThat(api.post("/api/v1/runs/" + forgotten + "/finish", "{\"state\":\"PASSED\"}")
                            .status())
                    .isEqualTo(409);
            assertThat(app.jdbc()
                            .queryForObject(
                                    "SELECT convert_from(meta_data, 'UTF8')::jsonb ->> 'organization_id' FROM es.domain_event_entry"
                                            + " WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1",
                                    String.class,
                                    forgotten))
                    .isEqualTo(org);
        }
    }

    private static JsonNode waitForState(Api api, String run, String state, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode view;
        do {
            view = api.get("/api/v1/runs/" + run).json();
            if (state.equals(view.path("state").asText())) {
                return view;
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError(
                "run " + run + " is still " + view.path("state").asText() + " after " + timeout);
    }
}
