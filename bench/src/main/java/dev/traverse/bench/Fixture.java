package dev.traverse.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * What the benchmark works on, made over HTTP like a user would: organizations, projects with a browser config,
 * test cases each with a traversal whose path (five brain states, ten actions) runs can replay. The test cases are
 * also written to {@code bench.fixture} for the SQL preload.
 */
record Fixture(List<String> organizations, List<String> projects, List<Case> cases) {

    /** Brain states in each fixture traversal's path; each has two actions. */
    static final int PATH_BRAIN_STATES = 5;

    /** The models usage is reported for, with their list prices (dollars per token). */
    static final List<String[]> MODELS = List.of(
            new String[] {"gpt-4o-2024-08-06", "gpt-4o*", "0.0000025", "0.00001"},
            new String[] {"gpt-4o-mini", "gpt-4o-mini*", "0.00000015", "0.0000006"},
            new String[] {"claude-sonnet-4-20250514", "claude-sonnet-4*", "0.000003", "0.000015"},
            new String[] {"claude-3-5-haiku-20241022", "claude-3-5-haiku*", "0.0000008", "0.000004"},
            new String[] {"gemini-2.5-pro", "gemini-2.5-pro*", "0.00000125", "0.00001"});

    /** A test case with its traversal and the action ids of the traversal's path. */
    record Case(
            String organization,
            String project,
            String browserConfig,
            String testCase,
            String traversal,
            List<String> actions) {}

    Case caseFor(int n) {
        return cases.get(Math.floorMod(n, cases.size()));
    }

    static Fixture create(Context context) throws Exception {
        Settings settings = context.settings();
        Api api = context.api();
        List<String> organizations = new ArrayList<>();
        List<String> projects = new ArrayList<>();
        List<Case> cases = new ArrayList<>();
        for (int o = 0; o < settings.integer(Setting.ORGANIZATIONS); o++) {
            String organization = id(api.post("/api/v1/organizations", "{\"name\":\"Bench organization " + o + "\"}")
                    .require("organization"));
            organizations.add(organization);
            for (int p = 0; p < settings.integer(Setting.PROJECTS); p++) {
                String project = id(api.post(
                                "/api/v1/organizations/" + organization + "/projects",
                                "{\"name\":\"Shop " + o + "-" + p + "\",\"default_url_route\":\"/\"}")
                        .require("project"));
                projects.add(project);
                String config = id(api.post(
                                "/api/v1/projects/" + project + "/browser-configs",
                                "{\"browser_config\":{\"browser\":\"chromium\",\"headless\":true,"
                                        + "\"viewport\":{\"width\":1280,\"height\":800}}}")
                        .require("browser config"));
                for (int c = 0; c < settings.integer(Setting.TEST_CASES); c++) {
                    cases.add(testCase(api, organization, project, config, cases.size()));
                }
            }
        }
        Fixture fixture = new Fixture(organizations, projects, cases);
        fixture.store(context.database());
        context.log("fixture: %d organizations, %d projects, %d test cases with traversals"
                .formatted(organizations.size(), projects.size(), cases.size()));
        return fixture;
    }

    private static Case testCase(Api api, String organization, String project, String config, int n) throws Exception {
        String testCase = id(api.post(
                        "/api/v1/projects/" + project + "/test-cases",
                        "{\"test_description\":\"Put item " + n + " in the basket and pay\","
                                + "\"url_route\":\"/shop\",\"allowed_domains\":[\"shop.example.com\"],"
                                + "\"browser_config_ids\":[\"" + config + "\"]}")
                .require("test case"));
        String traversal = newTraversal(api, testCase, config);
        JsonNode path = api.post(
                        "/api/v1/traversals/" + traversal + "/brain-states", Bodies.brainStates(0, PATH_BRAIN_STATES))
                .require("path")
                .json();
        List<String> actions = new ArrayList<>();
        path.get("brain_states")
                .forEach(state -> state.get("actions")
                        .forEach(a -> actions.add(a.get("action_id").asText())));
        return new Case(organization, project, config, testCase, traversal, actions);
    }

    static String newTraversal(Api api, String testCase, String config) throws Exception {
        return id(api.post(
                        "/api/v1/test-cases/" + testCase + "/traversals",
                        "{\"browser_config_id\":\"" + config + "\",\"expected_outcome\":\"the order is placed\"}")
                .require("traversal"));
    }

    /** Starts an AGENTIC run of the case's traversal, pinned to its path. */
    static String startRun(Api api, Case c) throws Exception {
        return id(api.post(
                        "/api/v1/traversals/" + c.traversal() + "/runs",
                        "{\"run_type\":\"AGENTIC\",\"test_config\":{\"model\":\"gpt-4o\",\"max_steps\":100,"
                                + "\"headless\":true}}")
                .require("run"));
    }

    private void store(Database database) throws Exception {
        database.runScript("/sql/preload.sql");
        try (Connection connection = database.connect()) {
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO bench.fixture VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int n = 0; n < cases.size(); n++) {
                    Case c = cases.get(n);
                    Array actions = connection.createArrayOf("text", c.actions().toArray());
                    insert.setInt(1, n);
                    insert.setString(2, c.organization());
                    insert.setString(3, c.project());
                    insert.setString(4, c.testCase());
                    insert.setString(5, c.traversal());
                    insert.setArray(6, actions);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO bench.model VALUES (?, ?, ?, ?::numeric, ?::numeric)")) {
                for (int n = 0; n < MODELS.size(); n++) {
                    String[] model = MODELS.get(n);
                    insert.setInt(1, n);
                    insert.setString(2, model[0]);
                    insert.setString(3, model[1]);
                    insert.setString(4, model[2]);
                    insert.setString(5, model[3]);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    static String id(Api.Response response) {
        return response.json().get("id").asText();
    }
}
