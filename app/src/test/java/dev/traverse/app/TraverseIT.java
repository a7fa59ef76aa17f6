package dev.traverse.app;

import dev.traverse.testsupport.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port, on its own PostgreSQL database, which the application creates itself on
 * start. Tests call it over real HTTP with real JWTs and share the context, so each test makes its own organization.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class TraverseIT {

    private static final String DATABASE = TestPostgres.freshDatabaseUrl("app");

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("spring.datasource.username", TestPostgres::user);
        registry.add("spring.datasource.password", TestPostgres::password);
        registry.add("traverse.security.jwt.hs256-secret", () -> Tokens.SECRET);
        for (String setting : TestSecrets.settings()) {
            int equals = setting.indexOf('=');
            registry.add(setting.substring(0, equals), () -> setting.substring(equals + 1));
        }
        // Small enough to test the limit without megabytes of test traffic.
        registry.add("traverse.artifacts.max-size", () -> "256KB");
        registry.add("traverse.reports.max-size", () -> "256KB");
    }

    protected Api api() {
        return Api.at(port);
    }

    /** Number of events in the event store, to prove a refused request wrote nothing. */
    protected long eventCount() {
        return jdbc.queryForObject("SELECT count(*) FROM es.domain_event_entry", Long.class);
    }

    /** Creates an organization owned by {@code admin} and returns its id. */
    protected String organization(String admin) {
        return api().as(admin)
                .post("/api/v1/organizations", "{\"name\":\"Org of " + admin + "\"}")
                .id();
    }

    /** Creates a project in the organization and returns its id. */
    protected String project(String user, String organizationId) {
        return api().as(user)
                .post(
                        "/api/v1/organizations/" + organizationId + "/projects",
                        "{\"name\":\"Web\",\"default_url_route\":\"/\"}")
                .id();
    }

    /** Adds {@code userId} with {@code role}; returns the member id. */
    protected String member(String admin, String organizationId, String userId, String role) {
        return api().as(admin)
                .post(
                        "/api/v1/organizations/" + organizationId + "/members",
                        "{\"user_id\":\"" + userId + "\",\"role\":\"" + role + "\"}")
                .id();
    }

    /**
     * Creates an API key of the organization (limited to {@code projectId} unless null) with {@code scopes}; returns
     * the key itself, which only this response ever shows.
     */
    protected String apiKey(String admin, String organizationId, String projectId, String... scopes) {
        String body = "{\"scopes\":["
                + String.join(
                        ",",
                        java.util.Arrays.stream(scopes)
                                .map(scope -> "\"" + scope + "\"")
                                .toList())
                + "],\"project_id\":" + (projectId == null ? "null" : "\"" + projectId + "\"") + "}";
        Api.Response created = api().as(admin).post("/api/v1/organizations/" + organizationId + "/api-keys", body);
        if (created.status() != 201) {
            throw new AssertionError("API key not created: " + created);
        }
        return created.json().get("key").asText();
    }

    /** A user id no other test uses. */
    protected static String user(String name) {
        return name + "-" + java.util.UUID.randomUUID();
    }

    /** A project with a test case carrying a browser config, and a traversal of it; owned by {@code admin}. */
    public record Catalog(
            String organization, String project, String testCase, String browserConfig, String traversal) {}

    protected Catalog catalog(String admin) {
        Api api = api().as(admin);
        String org = organization(admin);
        String project = project(admin, org);
        String config = api.post(
                        "/api/v1/projects/" + project + "/browser-configs",
                        "{\"browser_config\":{\"browser\":\"chromium\",\"headless\":true}}")
                .id();
        String testCase = api.post(
                        "/api/v1/projects/" + project + "/test-cases",
                        "{\"test_description\":\"Buy a book\",\"browser_config_ids\":[\"" + config + "\"]}")
                .id();
        String traversal = api.post(
                        "/api/v1/test-cases/" + testCase + "/traversals",
                        "{\"browser_config_id\":\"" + config + "\",\"expected_outcome\":\"the order is placed\"}")
                .id();
        return new Catalog(org, project, testCase, config, traversal);
    }
}
