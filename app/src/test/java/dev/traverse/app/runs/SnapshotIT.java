package dev.traverse.app.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.Api;
import dev.traverse.app.TraverseIT;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long runs are snapshotted, and a run loaded from its snapshot keeps enforcing its rules. */
class SnapshotIT extends TraverseIT {

    @Test
    void aLongRunIsSnapshottedAndStillRefusesRewritesAndGaps() {
        String admin = user("snap");
        Api api = api().as(admin);
        Catalog catalog = catalog(admin);
        List<String> states = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            states.add(RunsFlowIT.brainState(i, "step " + i));
        }
        String action = api.post(
                        "/api/v1/traversals/" + catalog.traversal() + "/brain-states",
                        "{\"brain_states\": [" + String.join(",", states) + "]}")
                .json()
                .at("/brain_states/0/actions/0/action_id")
                .asText();
        String run = api.post("/api/v1/traversals/" + catalog.traversal() + "/runs", "{\"run_type\":\"REPLAY\"}")
                .id();
        for (int i = 0; i < 130; i++) {
            Api.Response recorded = api.header("Traverse-Consistency", "eventual")
                    .post(
                            "/api/v1/runs/" + run + "/history",
                            RunsFlowIT.historyElement(i % 60, action, "PASSED", null)
                                    .replace("\"idx_in_run\": " + (i % 60), "\"idx_in_run\": " + i));
            assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        }

        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM es.snapshot_event_entry WHERE aggregate_identifier = ?", Long.class, run))
                .isEqualTo(1);
        Api.Response gap = api.post(
                "/api/v1/runs/" + run + "/history",
                RunsFlowIT.historyElement(0, action, "PASSED", null)
                        .replace("\"idx_in_run\": 0", "\"idx_in_run\": 131"));
        assertThat(gap.status()).isEqualTo(409);
        Api.Response rewrite =
                api.post("/api/v1/runs/" + run + "/history", RunsFlowIT.historyElement(5, action, "FAILED", null));
        assertThat(rewrite.status()).isEqualTo(409);
        Api.Response retry =
                api.post("/api/v1/runs/" + run + "/history", RunsFlowIT.historyElement(5, action, "PASSED", null));
        assertThat(retry.status()).isEqualTo(200);
        assertThat(api.post("/api/v1/runs/" + run + "/finish", "{\"state\":\"PASSED\"}")
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/runs/" + run).json().get("history_count").asInt())
                .isEqualTo(130);
    }
}
