package dev.traverse.app.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.traverse.app.Api;
import dev.traverse.app.TraverseIT;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The heart of the product over real HTTP: a traversal's path recorded by an AGENTIC run with history, screenshots
 * and usage, replayed by a REPLAY run, repaired by another AGENTIC run, and the costs adding up in the rollups.
 */
class RunsFlowIT extends TraverseIT {

    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    static String brainState(int idx, String goal) {
        return """
                {"idx_in_traversal": %d, "valid": true, "evaluation_previous_goal": "fine", "memory": "step %d",
                 "next_goal": "%s",
                 "actions": [{"idx_in_brain_state": 0, "action": {"click_element_by_index": {"index": %d}},
                              "dom_element_data": {"node_name": "BUTTON", "x_path": "html/body/button[%d]"}},
                             {"idx_in_brain_state": 1, "action": {"wait": {"seconds": 1}}}]}
                """.formatted(idx, idx, goal, idx, idx);
    }

    static String historyElement(int idx, String actionId, String state, String screenshot) {
        return """
                {"idx_in_run": %d, "action_id": "%s", "action_started_at": "2026-11-22T10:00:%02d.000001Z",
                 "action_finished_at": "2026-11-22T10:00:%02d.5Z", "history_element_state": "%s"%s}
                """.formatted(
                idx, actionId, idx, idx, state, screenshot == null ? "" : ", \"screenshot\": \"" + screenshot + "\"");
    }

    @Test
    void agenticRunRecordsThePathReplayRunsItAndTheRollupsShowBothCosts() {
        String admin = user("runs");
        Api api = api().as(admin);
        Catalog catalog = catalog(admin);

        // The AGENTIC run starts on an empty path and records it as it goes.
        String agentic = api.post(
                        "/api/v1/traversals/" + catalog.traversal() + "/runs",
                        "{\"run_type\":\"AGENTIC\",\"test_config\":{\"model\":\"gpt-4o\",\"max_steps\":20,\"headless\":true}}")
                .id();
        Api.Response recorded = api.post(
                "/api/v1/traversals/" + catalog.traversal() + "/brain-states",
                "{\"brain_states\": [" + brainState(0, "open the shop") + "," + brainState(1, "pay") + "]}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.json().get("version").asInt()).isEqualTo(1);
        List<String> actionIds = new ArrayList<>();
        recorded.json()
                .get("brain_states")
                .forEach(state -> state.get("actions")
                        .forEach(a -> actionIds.add(a.get("action_id").asText())));
        assertThat(actionIds).hasSize(4);

        // One more brain state, sent alone; then the same batch again, as an agent retrying would.
        assertThat(api.post("/api/v1/traversals/" + catalog.traversal() + "/brain-states", brainState(2, "confirm"))
                        .status())
                .isEqualTo(200);
        long before = eventCount();
        Api.Response retry = api.post(
                "/api/v1/traversals/" + catalog.traversal() + "/brain-states",
                "{\"brain_states\": [" + brainState(0, "open the shop") + "," + brainState(1, "pay") + "]}");
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().at("/brain_states/0/actions/0/action_id").asText())
                .isEqualTo(actionIds.get(0));
        assertThat(eventCount()).isEqualTo(before);

        String screenshot = api.postBytes("/api/v1/artifacts?project_id=" + catalog.project(), PNG, "image/png")
                .json()
                .get("sha256")
                .asText();
        Api.Response history = api.post(
                "/api/v1/runs/" + agentic + "/history",
                "{\"elements\": [" + historyElement(0, actionIds.get(0), "PASSED", screenshot) + ","
                        + historyElement(1, actionIds.get(1), "PASSED", null) + ","
                        + historyElement(2, actionIds.get(2), "PASSED", screenshot) + "]}");
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        assertThat(history.json().get("elements")).hasSize(3);
        Api.Response usage = api.post(
                "/api/v1/runs/" + agentic + "/costs",
                "{\"usages\": [{\"idx\": 0, \"model_type\": \"gpt-4o-2024-08-06\", \"input_token_num\": 1000,"
                        + " \"completion_token_num\": 200},"
                        + " {\"idx\": 1, \"model_type\": \"claude-sonnet-4-20250514\", \"input_token_num\": 2000,"
                        + " \"completion_token_num\": 100, \"cost_in_dollars\": \"0.0123\"}]}");
        assertThat(usage.status()).as(usage.body()).isEqualTo(200);
        // gpt-4o: 1000 x $2.50/M + 200 x $10/M; the caller's amount wins for the second.
        assertThat(new BigDecimal(usage.json().at("/usages/0/cost_in_dollars").asText()))
                .isEqualByComparingTo("0.0045");
        assertThat(usage.json().at("/usages/0/price_source").asText()).isEqualTo("gpt-4o*");
        assertThat(usage.json().at("/usages/1/price_source").asText()).isEqualTo("caller");
        Api.Response finished = api.post(
                "/api/v1/runs/" + agentic + "/finish",
                "{\"state\":\"PASSED\",\"finished_at\":\"2099-01-01T00:00:00Z\"}");
        assertThat(finished.status()).as(finished.body()).isEqualTo(200);

        JsonNode run = api.get("/api/v1/runs/" + agentic).json();
        assertThat(run.get("state").asText()).isEqualTo("PASSED");
        assertThat(run.get("run_type").asText()).isEqualTo("AGENTIC");
        assertThat(run.get("history_count").asInt()).isEqualTo(3);
        assertThat(run.at("/test_config/max_steps").asInt()).isEqualTo(20);
        assertThat(new BigDecimal(run.at("/cost/cost_in_dollars").asText())).isEqualByComparingTo("0.0168");
        assertThat(run.at("/cost/model_type").asText()).isEqualTo("mixed");
        assertThat(run.at("/cost/by_model")).hasSize(2);
        JsonNode page = api.get("/api/v1/runs/" + agentic + "/history?limit=2").json();
        assertThat(page.get("data")).hasSize(2);
        assertThat(page.get("next_from_idx").asInt()).isEqualTo(2);
        assertThat(page.at("/data/0/screenshot").asText()).isEqualTo(screenshot);
        assertThat(api.get("/api/v1/runs/" + agentic + "/history?from_idx=2")
                        .json()
                        .get("data"))
                .hasSize(1);

        // A REPLAY run of the recorded path.
        String replay = api.post("/api/v1/traversals/" + catalog.traversal() + "/runs", "{\"run_type\":\"REPLAY\"}")
                .id();
        assertThat(api.post("/api/v1/runs/" + replay + "/history", historyElement(0, actionIds.get(0), "FAILED", null))
                        .status())
                .isEqualTo(200);
        assertThat(api.post(
                                "/api/v1/runs/" + replay + "/costs",
                                "{\"idx\": 0, \"model_type\": \"gpt-4o-mini\", \"input_token_num\": 10000,"
                                        + " \"completion_token_num\": 1000}")
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/runs/" + replay + "/finish", "{\"state\":\"FAILED\"}")
                        .status())
                .isEqualTo(200);

        // The project's rollups show both runs' costs, and nothing else.
        BigDecimal replayCost = new BigDecimal("0.0021"); // 10000 x $0.15/M + 1000 x $0.60/M
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonNode byModel = api.get("/api/v1/projects/" + catalog.project() + "/costs?group_by=model")
                .json();
        assertThat(new BigDecimal(byModel.get("total_cost_in_dollars").asText()))
                .isEqualByComparingTo(new BigDecimal("0.0168").add(replayCost));
        assertThat(byModel.get("groups").findValuesAsText("key"))
                .containsExactly("claude-sonnet-4-20250514", "gpt-4o-2024-08-06", "gpt-4o-mini");
        JsonNode byDay = api.get(
                        "/api/v1/projects/" + catalog.project() + "/costs?group_by=day&from=" + today + "&to=" + today)
                .json();
        assertThat(byDay.get("groups")).hasSize(1);
        assertThat(new BigDecimal(byDay.at("/groups/0/cost_in_dollars").asText()))
                .isEqualByComparingTo("0.0189");
        JsonNode byCase = api.get("/api/v1/organizations/" + catalog.organization() + "/costs?group_by=test_case")
                .json();
        assertThat(byCase.at("/groups/0/key").asText()).isEqualTo(catalog.testCase());
        assertThat(byCase.at("/groups/0/usage_count").asLong()).isEqualTo(3);
        JsonNode byProject = api.get("/api/v1/organizations/" + catalog.organization() + "/costs?group_by=project")
                .json();
        assertThat(new BigDecimal(byProject.at("/groups/0/cost_in_dollars").asText()))
                .isEqualByComparingTo("0.0189");

        JsonNode runs =
                api.get("/api/v1/projects/" + catalog.project() + "/runs").json();
        assertThat(ids(runs.get("data"))).containsExactly(agentic, replay);
        assertThat(ids(api.get("/api/v1/projects/" + catalog.project() + "/runs?state=FAILED")
                        .json()
                        .get("data")))
                .containsExactly(replay);
        assertThat(ids(api.get("/api/v1/projects/" + catalog.project() + "/runs?run_type=AGENTIC&test_case_id="
                                + catalog.testCase())
                        .json()
                        .get("data")))
                .containsExactly(agentic);
        JsonNode stats = api.get("/api/v1/test-cases/" + catalog.testCase() + "/run-stats")
                .json();
        assertThat(stats.get("runs").asInt()).isEqualTo(2);
        assertThat(stats.get("pass_rate").asDouble()).isEqualTo(0.5);
        assertThat(stats.get("last_state").asText()).isEqualTo("FAILED");

        JsonNode traversal =
                api.get("/api/v1/traversals/" + catalog.traversal()).json();
        assertThat(traversal.at("/path/brain_states")).hasSize(3);
        assertThat(traversal
                        .at("/path/brain_states/0/actions/0/action/click_element_by_index/index")
                        .asInt())
                .isZero();
        assertThat(traversal
                        .at("/path/brain_states/1/actions/0/dom_element_data/node_name")
                        .asText())
                .isEqualTo("BUTTON");
    }

    @Test
    void anAgenticRunRepairingAReplayRecordsTheNextVersionAndTheOldOneStaysReadable() {
        String admin = user("repair");
        Api api = api().as(admin);
        Catalog catalog = catalog(admin);
        api.post("/api/v1/traversals/" + catalog.traversal() + "/brain-states", brainState(0, "old way"));
        String replay = api.post("/api/v1/traversals/" + catalog.traversal() + "/runs", "{\"run_type\":\"REPLAY\"}")
                .id();
        api.post("/api/v1/runs/" + replay + "/finish", "{\"state\":\"FAILED\"}");

        String repair = api.post(
                        "/api/v1/traversals/" + catalog.traversal() + "/runs",
                        "{\"run_type\":\"AGENTIC\",\"repairs_run_id\":\"" + replay + "\"}")
                .id();
        JsonNode pinned = api.get("/api/v1/runs/" + repair).json();
        assertThat(pinned.get("traversal_version").asInt()).isEqualTo(2);
        assertThat(pinned.get("repairs_run_id").asText()).isEqualTo(replay);
        Api.Response newPath =
                api.post("/api/v1/traversals/" + catalog.traversal() + "/brain-states", brainState(0, "new way"));
        assertThat(newPath.json().get("version").asInt()).isEqualTo(2);
        String newAction =
                newPath.json().at("/brain_states/0/actions/0/action_id").asText();
        String oldAction = api.get("/api/v1/traversals/" + catalog.traversal() + "?version=1")
                .json()
                .at("/path/brain_states/0/actions/0/id")
                .asText();
        // History names actions of the run's own version only.
        Api.Response wrongVersion =
                api.post("/api/v1/runs/" + repair + "/history", historyElement(0, oldAction, "PASSED", null));
        assertThat(wrongVersion.status()).isEqualTo(422);
        assertThat(wrongVersion.json().at("/errors/0/field").asText()).isEqualTo("elements[0].action_id");
        assertThat(api.post("/api/v1/runs/" + repair + "/history", historyElement(0, newAction, "PASSED", null))
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/runs/" + repair + "/finish", "{\"state\":\"PASSED\"}")
                        .status())
                .isEqualTo(200);

        JsonNode run = api.get("/api/v1/runs/" + repair).json();
        assertThat(run.get("repair_was_needed").asBoolean()).isTrue();
        JsonNode traversal =
                api.get("/api/v1/traversals/" + catalog.traversal()).json();
        assertThat(traversal.get("version").asInt()).isEqualTo(2);
        assertThat(traversal.get("versions").findValuesAsText("reason")).contains("repair of run " + replay);
        assertThat(traversal.at("/path/brain_states/0/next_goal").asText()).isEqualTo("new way");
        assertThat(api.get("/api/v1/traversals/" + catalog.traversal() + "?version=1")
                        .json()
                        .at("/path/brain_states/0/next_goal")
                        .asText())
                .isEqualTo("old way");
        assertThat(api.get("/api/v1/traversals/" + catalog.traversal() + "?version=3")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/test-cases/" + catalog.testCase() + "/run-stats")
                        .json()
                        .get("repairs")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void recordingRulesAreEnforcedAndRefusalsWriteNothing() {
        String admin = user("rules");
        Api api = api().as(admin);
        Catalog catalog = catalog(admin);
        String path = "/api/v1/traversals/" + catalog.traversal();
        api.post(path + "/brain-states", brainState(0, "a"));

        expectRefused(api.post(path + "/brain-states", brainState(2, "gap")), 409, "brain_states[0].idx_in_traversal");
        expectRefused(
                api.post(path + "/brain-states", brainState(0, "rewritten")), 409, "brain_states[0].idx_in_traversal");
        expectRefused(
                api.post(
                        path + "/brain-states",
                        "{\"brain_states\": [" + brainState(2, "b") + "," + brainState(1, "c") + "]}"),
                400,
                "brain_states[1].idx_in_traversal");
        expectRefused(api.post(path + "/brain-states", "{\"brain_states\": []}"), 400, "brain_states");
        expectRefused(api.post(path + "/brain-states", "{\"idx_in_traversal\": -1}"), 400, "idx_in_traversal");
        expectRefused(
                api.post(
                        path + "/brain-states",
                        "{\"brain_states\": [{\"idx_in_traversal\": 1, \"actions\": [{\"idx_in_brain_state\": 0}]}]}"),
                400,
                "brain_states[0].actions[0].action");
        expectRefused(
                api.post(path + "/brain-states", "{\"brain_states\": [{\"idx_in_traversal\": 1, \"colour\": 1}]}"),
                400,
                "brain_states[0].colour");
        expectRefused(api.post(path + "/runs", "{\"run_type\":\"REPLAYED\"}"), 400, "run_type");
        expectRefused(
                api.post(path + "/runs", "{\"run_type\":\"REPLAY\",\"repairs_run_id\":\"x\"}"), 422, "repairs_run_id");

        String run = api.post(path + "/runs", "{\"run_type\":\"REPLAY\"}").id();
        String action =
                api.get(path).json().at("/path/brain_states/0/actions/0/id").asText();
        expectRefused(
                api.post("/api/v1/runs/" + run + "/history", historyElement(0, "nope", "PASSED", null)),
                422,
                "elements[0].action_id");
        expectRefused(
                api.post("/api/v1/runs/" + run + "/history", historyElement(0, action, "PASSED", "a".repeat(64))),
                422,
                "elements[0].screenshot");
        expectRefused(
                api.post("/api/v1/runs/" + run + "/history", historyElement(0, action, "PASSED", "not-a-hash")),
                400,
                "screenshot");
        expectRefused(
                api.post(
                        "/api/v1/runs/" + run + "/history",
                        "{\"idx_in_run\": 0, \"action_id\": \"" + action
                                + "\", \"action_started_at\": \"2026-11-22T10:00:05Z\","
                                + " \"action_finished_at\": \"2026-11-22T10:00:01Z\", \"history_element_state\": \"PASSED\"}"),
                400,
                "elements[0].action_finished_at");
        expectRefused(
                api.post("/api/v1/runs/" + run + "/history", historyElement(0, action, "MAYBE", null)),
                400,
                "history_element_state");
        expectRefused(
                api.post(
                        "/api/v1/runs/" + run + "/costs",
                        "{\"idx\": 0, \"model_type\": \"gpt-4o\", \"input_token_num\": -5, \"completion_token_num\": 1}"),
                400,
                "input_token_num");
        expectRefused(api.post("/api/v1/runs/" + run + "/finish", "{\"state\":\"RUNNING\"}"), 400, "state");
        expectRefused(
                api.post(
                        "/api/v1/runs/" + run + "/finish",
                        "{\"state\":\"PASSED\",\"run_gif\":\"" + "b".repeat(64) + "\"}"),
                422,
                "run_gif");

        assertThat(api.post("/api/v1/runs/" + run + "/finish", "{\"state\":\"PASSED\"}")
                        .status())
                .isEqualTo(200);
        expectRefused(
                api.post("/api/v1/runs/" + run + "/history", historyElement(0, action, "PASSED", null)), 409, null);
        expectRefused(api.post("/api/v1/runs/" + run + "/finish", "{\"state\":\"FAILED\"}"), 409, null);

        // A traversal needs a browser config attached to its test case.
        String otherConfig = api.post(
                        "/api/v1/projects/" + catalog.project() + "/browser-configs", "{\"browser_config\":{}}")
                .id();
        expectRefused(
                api.post(
                        "/api/v1/test-cases/" + catalog.testCase() + "/traversals",
                        "{\"browser_config_id\":\"" + otherConfig + "\"}"),
                422,
                "browser_config_id");
        // Nothing to replay on a fresh traversal.
        String fresh = api.post(
                        "/api/v1/test-cases/" + catalog.testCase() + "/traversals",
                        "{\"browser_config_id\":\"" + catalog.browserConfig() + "\"}")
                .id();
        expectRefused(api.post("/api/v1/traversals/" + fresh + "/runs", "{\"run_type\":\"REPLAY\"}"), 409, "run_type");
    }

    private static List<String> ids(JsonNode rows) {
        List<String> ids = new ArrayList<>();
        rows.forEach(row -> ids.add(row.get("id").asText()));
        return ids;
    }

    private void expectRefused(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        if (field != null) {
            assertThat(response.json().at("/errors/0/field").asText())
                    .as(response.body())
                    .isEqualTo(field);
        }
    }

    @Test
    void guestsReadRunsButDoNotWriteAndOutsidersSeeNothing() {
        String admin = user("owner");
        Api api = api().as(admin);
        Catalog catalog = catalog(admin);
        api.post("/api/v1/traversals/" + catalog.traversal() + "/brain-states", brainState(0, "a"));
        String run = api.post("/api/v1/traversals/" + catalog.traversal() + "/runs", "{\"run_type\":\"REPLAY\"}")
                .id();
        String guest = user("guest");
        member(admin, catalog.organization(), guest, "guest");
        Api gina = api().as(guest);
        Api mallory = api().as(user("mallory"));

        for (String read : List.of(
                "/api/v1/runs/" + run,
                "/api/v1/runs/" + run + "/history",
                "/api/v1/traversals/" + catalog.traversal(),
                "/api/v1/test-cases/" + catalog.testCase() + "/traversals",
                "/api/v1/projects/" + catalog.project() + "/runs",
                "/api/v1/projects/" + catalog.project() + "/costs",
                "/api/v1/organizations/" + catalog.organization() + "/costs",
                "/api/v1/organizations/" + catalog.organization() + "/model-prices",
                "/api/v1/test-cases/" + catalog.testCase() + "/run-stats")) {
            assertThat(gina.get(read).status()).as(read).isEqualTo(200);
            assertThat(mallory.get(read).status()).as(read).isEqualTo(404);
            assertThat(api().get(read).status()).as(read).isEqualTo(401);
        }
        assertThat(gina.post("/api/v1/runs/" + run + "/finish", "{\"state\":\"PASSED\"}")
                        .status())
                .isEqualTo(403);
        assertThat(gina.post("/api/v1/traversals/" + catalog.traversal() + "/runs", "{\"run_type\":\"REPLAY\"}")
                        .status())
                .isEqualTo(403);
        assertThat(gina.post("/api/v1/traversals/" + catalog.traversal() + "/brain-states", brainState(1, "x"))
                        .status())
                .isEqualTo(403);
        assertThat(mallory.post("/api/v1/runs/" + run + "/finish", "{\"state\":\"PASSED\"}")
                        .status())
                .isEqualTo(404);
        assertThat(gina.postBytes("/api/v1/artifacts?project_id=" + catalog.project(), PNG, "image/png")
                        .status())
                .isEqualTo(403);
    }
}
