package dev.traverse.app.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.traverse.app.Api;
import dev.traverse.app.TraverseIT;
import dev.traverse.testsupport.SharedFixtures;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Importing real browser-use histories of two eras and a newest-format one over HTTP. */
class ImportIT extends TraverseIT {

    private static final String JAKKAJ = "browser-use/jakkaj-tools_AgentHistory_v0.1.4x_screenshots-stripped.json";
    private static final String WAIGENIE = "browser-use/waigenie-qa_agent_history_v0.7.json";

    private Api.Response importFile(Api api, String traversal, byte[] file, String query) {
        return api.postBytes(
                "/api/v1/traversals/" + traversal + "/import/browser-use" + query, file, "application/json");
    }

    @Test
    void importsTheNestedEraIntoAPathAndAFinishedRunWithItsFailuresAndTokens() {
        String admin = user("import");
        Api api = api().as(admin);
        Catalog catalog = catalog(admin);

        Api.Response imported = importFile(api, catalog.traversal(), SharedFixtures.bytes(JAKKAJ), "?model=gpt-4o");

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        JsonNode result = imported.json();
        assertThat(result.get("detected_format").asText()).isEqualTo("browser-use-0.1-0.3");
        assertThat(result.get("brain_states").asInt()).isEqualTo(6);
        assertThat(result.get("actions").asInt()).isEqualTo(10);
        // Step 3 ran one of its two actions: 9 executed actions.
        assertThat(result.get("history_elements").asInt()).isEqualTo(9);
        assertThat(result.get("screenshots").asInt()).isZero();
        assertThat(result.get("usages").asInt()).isEqualTo(6);
        assertThat(result.get("run_state").asText()).isEqualTo("PASSED");

        String run = result.get("run_id").asText();
        JsonNode view = api.get("/api/v1/runs/" + run).json();
        assertThat(view.get("run_type").asText()).isEqualTo("AGENTIC");
        assertThat(view.get("started_at").asText()).isEqualTo("2025-10-04T05:17:48.559810Z");
        assertThat(view.get("finished_at").asText()).startsWith("2025-10-04T05:20:43.663");
        // 3168+4141+4930+5299+5090+5738 prompt tokens at gpt-4o's $2.50 per million.
        assertThat(new BigDecimal(view.at("/cost/cost_in_dollars").asText())).isEqualByComparingTo("0.0709150");
        JsonNode history = api.get("/api/v1/runs/" + run + "/history").json().get("data");
        assertThat(history.findValuesAsText("history_element_state"))
                .containsExactly(
                        "PASSED", "PASSED", "PASSED", "PASSED", "FAILED", "PASSED", "PASSED", "PASSED", "PASSED");

        JsonNode path = api.get("/api/v1/traversals/" + catalog.traversal()).json();
        assertThat(path.at("/path/brain_states/0/actions/0/action/search_google/query")
                        .asText())
                .contains("function calling leaderboard");
        assertThat(path.get("imports").get(0).get("detected_format").asText()).isEqualTo("browser-use-0.1-0.3");
        String raw = result.get("raw_artifact").asText();
        Api.Response file = api.get("/api/v1/artifacts/" + raw);
        assertThat(file.header("Content-Type")).startsWith("application/json");
        assertThat(file.bytes()).isEqualTo(SharedFixtures.bytes(JAKKAJ));
    }

    @Test
    void importsTheFlattenedEraWithDomElementsAndAFailedDone() {
        String admin = user("import7");
        Api api = api().as(admin);
        Catalog catalog = catalog(admin);

        JsonNode result = importFile(api, catalog.traversal(), SharedFixtures.bytes(WAIGENIE), "")
                .json();

        assertThat(result.get("detected_format").asText()).isEqualTo("browser-use-0.4-0.8");
        assertThat(result.get("brain_states").asInt()).isEqualTo(5);
        assertThat(result.get("history_elements").asInt()).isEqualTo(5);
        assertThat(result.get("usages").asInt()).isZero();
        assertThat(result.get("run_state").asText()).isEqualTo("FAILED");
        JsonNode path = api.get("/api/v1/traversals/" + catalog.traversal()).json();
        assertThat(path.at("/path/brain_states/0/actions/0/dom_element_data/attributes/id")
                        .asText())
                .isEqualTo("firstName");
        assertThat(path.at("/path/brain_states/0/actions/0/action/input_text/text")
                        .asText())
                .isEqualTo("John");
    }

    @Test
    void importsTheNewestFormatPricingItsUsageSummaryAndReimportsIntoANewVersion() throws Exception {
        String admin = user("import9");
        Api api = api().as(admin);
        Catalog catalog = catalog(admin);
        byte[] file;
        try (InputStream input =
                SharedFixtures.class.getResourceAsStream("/browser-use/hand-written-0.9-format.json")) {
            file = input.readAllBytes();
        }

        JsonNode first = importFile(api, catalog.traversal(), file, "").json();
        assertThat(first.get("detected_format").asText()).isEqualTo("browser-use-0.9+");
        assertThat(first.get("version").asInt()).isEqualTo(1);
        assertThat(first.get("history_elements").asInt()).isEqualTo(7);
        JsonNode run = api.get("/api/v1/runs/" + first.get("run_id").asText()).json();
        assertThat(run.get("state").asText()).isEqualTo("PASSED");
        assertThat(new BigDecimal(run.at("/cost/cost_in_dollars").asText())).isEqualByComparingTo("0.0587");
        assertThat(run.at("/cost/model_type").asText()).isEqualTo("gpt-4.1-mini");

        JsonNode second =
                importFile(api, catalog.traversal(), file, "?create_run=false").json();
        assertThat(second.get("version").asInt()).isEqualTo(2);
        assertThat(second.get("run_id").isNull()).isTrue();
        assertThat(api.get("/api/v1/traversals/" + catalog.traversal()).json().get("versions"))
                .hasSize(2);
    }

    @Test
    void inlineBase64ScreenshotsBecomeArtifacts() throws Exception {
        String admin = user("import-png");
        Api api = api().as(admin);
        Catalog catalog = catalog(admin);
        ObjectMapper json = new ObjectMapper();
        // The stored fixture had its screenshots stripped; put a real PNG back into one step, in memory.
        ObjectNode history = (ObjectNode) json.readTree(SharedFixtures.bytes(JAKKAJ));
        String png = Base64.getEncoder().encodeToString(RunsFlowIT.PNG);
        ((ObjectNode) history.get("history").get(1).get("state")).put("screenshot", png);

        JsonNode result = importFile(api, catalog.traversal(), json.writeValueAsBytes(history), "")
                .json();

        assertThat(result.get("screenshots").asInt()).isEqualTo(1);
        JsonNode elements = api.get("/api/v1/runs/" + result.get("run_id").asText() + "/history")
                .json()
                .get("data");
        String screenshot = elements.get(2).get("screenshot").asText();
        assertThat(elements.get(0).get("screenshot").isNull()).isTrue();
        Api.Response image = api.get("/api/v1/artifacts/" + screenshot);
        assertThat(image.header("Content-Type")).isEqualTo("image/png");
        assertThat(image.bytes()).isEqualTo(RunsFlowIT.PNG);
    }

    @Test
    void refusesWhatIsNoHistoryAndWritesNothing() {
        String admin = user("import-bad");
        Api api = api().as(admin);
        Catalog catalog = catalog(admin);
        long before = eventCount();
        long artifacts = jdbc.queryForObject("SELECT count(*) FROM ws.artifact", Long.class);

        Api.Response notJson = importFile(api, catalog.traversal(), "hello".getBytes(StandardCharsets.UTF_8), "");
        Api.Response other =
                importFile(api, catalog.traversal(), "{\"tests\": []}".getBytes(StandardCharsets.UTF_8), "");
        Api.Response broken = importFile(
                api,
                catalog.traversal(),
                "{\"history\": [{\"model_output\": 7, \"result\": []}]}".getBytes(StandardCharsets.UTF_8),
                "");

        assertThat(notJson.status()).isEqualTo(422);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("type").asText()).endsWith("/unprocessable-content");
        assertThat(other.json().at("/errors/0/field").asText()).isEqualTo("history");
        assertThat(broken.json().at("/errors/0/field").asText()).isEqualTo("history[0].model_output");
        assertThat(eventCount()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ws.artifact", Long.class))
                .isEqualTo(artifacts);
        assertThat(api().as(user("stranger"))
                        .postBytes(
                                "/api/v1/traversals/" + catalog.traversal() + "/import/browser-use",
                                SharedFixtures.bytes(WAIGENIE),
                                "application/json")
                        .status())
                .isEqualTo(404);
    }
}
