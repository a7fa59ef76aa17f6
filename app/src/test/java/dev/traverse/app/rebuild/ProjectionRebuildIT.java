package dev.traverse.app.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.traverse.app.Api;
import dev.traverse.app.RunningApp;
import dev.traverse.app.cli.TraverseCli;
import dev.traverse.testsupport.TestPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A read model built live through a realistic scenario, then rebuilt from the event store, over HTTP and from the
 * command line: the rebuilt read model is identical, row for row in every table, and queries are answered throughout.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProjectionRebuildIT {

    private static final String OPERATOR = "operator-" + UUID.randomUUID();

    private final String database = TestPostgres.freshDatabaseUrl("rebuild");
    private RunningApp app;
    private JdbcTemplate jdbc;
    private CatalogScenario scenario;
    private Map<String, List<Map<String, Object>>> builtLive;

    @BeforeAll
    void buildLive() {
        // Small batches make the rebuild take long enough to be queried while it runs.
        app = RunningApp.start(database, "traverse.access.operators=" + OPERATOR, "traverse.projections.batch-size=3");
        jdbc = new JdbcTemplate(new DriverManagerDataSource(database, TestPostgres.user(), TestPostgres.password()));
        scenario = CatalogScenario.play(app.api(), "owner-" + UUID.randomUUID());
        builtLive = ReadModelRows.of(jdbc);
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void onlyPlatformOperatorsAdministerProjections() {
        Api api = app.api();
        Api.Response list = api.as(OPERATOR).get("/api/v1/admin/projections");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("projections").findValuesAsText("name")).contains("catalog");
        assertThat(list.json().get("head").asLong()).isPositive();
        JsonNode catalog =
                api.as(OPERATOR).get("/api/v1/admin/projections/catalog").json();
        assertThat(catalog.get("running").asBoolean()).isTrue();
        assertThat(catalog.get("lag").asLong()).isZero();

        for (String path : List.of("/api/v1/admin/projections", "/api/v1/admin/projections/catalog")) {
            assertThat(api.as(scenario.owner()).get(path).status()).isEqualTo(403);
            assertThat(api.get(path).status()).isEqualTo(401);
        }
        assertThat(api.as(scenario.owner())
                        .post("/api/v1/admin/projections/catalog/rebuild", null)
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/admin/projections/rebuild", null).status()).isEqualTo(401);
        Api.Response unknown = api.as(OPERATOR).post("/api/v1/admin/projections/nonesuch/rebuild", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(api.as(OPERATOR).get("/api/v1/admin/projections/nonesuch").status())
                .isEqualTo(404);
    }

    @Test
    @Order(2)
    void rebuildsEveryTableFromTheEventsWhileQueriesAreAnswered() throws Exception {
        // The live read model goes wrong; only events can put it right.
        jdbc.update("UPDATE project SET name = 'corrupted'");
        jdbc.update("DELETE FROM tag_test_case");
        Api operator = app.api().as(OPERATOR);
        Api owner = app.api().as(scenario.owner());
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            while (rebuilding.get()) {
                statuses.add(
                        owner.get("/api/v1/test-cases/" + scenario.testCase()).status());
                statuses.add(owner.get("/api/v1/projects/" + scenario.shop()).status());
            }
        });
        reader.start();

        Api.Response started = operator.post("/api/v1/admin/projections/rebuild", null);
        Api.Response again = operator.post("/api/v1/admin/projections/catalog/rebuild", null);
        JsonNode rebuild = awaitRebuilt(operator, "catalog");
        // "Rebuild all" runs the projections one after the other; the rows are compared once all are done.
        for (JsonNode queued : started.json()) {
            JsonNode other = awaitRebuilt(operator, queued.get("projection").asText());
            assertThat(other.get("phase").asText()).as(other.toString()).isEqualTo("done");
        }
        rebuilding.set(false);
        reader.join();

        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().get(0).get("phase").asText()).isEqualTo("queued");
        assertThat(again.status()).isEqualTo(409);
        assertThat(rebuild.get("phase").asText()).as(rebuild.toString()).isEqualTo("done");
        assertThat(rebuild.get("events_done").asLong())
                .isEqualTo(rebuild.get("events_total").asLong());
        assertThat(rebuild.get("events_total").asLong()).isGreaterThan(30);
        assertThat(rebuild.get("tables")).extracting(JsonNode::asText).contains("project", "tag_test_case");
        assertThat(statuses).isNotEmpty().containsOnly(200);
        assertThat(ReadModelRows.of(jdbc)).isEqualTo(builtLive);
        assertThat(jdbc.queryForList("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rebuild%'", String.class))
                .isEmpty();
        assertThat(jdbc.queryForList("SELECT DISTINCT processor_name FROM es.token_entry", String.class))
                .doesNotContain("catalog@rebuild")
                .contains("catalog");

        // The live projection runs on from where the rebuild left it.
        Api.Response tag = owner.post(
                "/api/v1/projects/" + scenario.shop() + "/tags", "{\"name\":\"after\",\"color\":\"#000000\"}");
        assertThat(tag.header("Traverse-Consistency")).isEqualTo("strong");
        assertThat(owner.get("/api/v1/tags/" + tag.id()).status()).isEqualTo(200);
        builtLive = ReadModelRows.of(jdbc);
    }

    @Test
    @Order(3)
    void theCommandLineRebuildsAndVerifiesAndReportsABrokenChain() {
        app.close();
        app = null;
        jdbc.update("UPDATE test_case SET test_description = 'corrupted'");

        Cli rebuild = cli("--traverse.cli=rebuild", "--traverse.cli.projection=catalog");
        assertThat(rebuild.exitCode()).as(rebuild.output()).isZero();
        assertThat(rebuild.output()).contains("catalog: done");
        assertThat(ReadModelRows.of(jdbc)).isEqualTo(builtLive);

        Cli verify = cli("--traverse.cli=verify");
        assertThat(verify.exitCode()).as(verify.output()).isZero();
        assertThat(verify.output()).contains("\"intact\" : true", "\"scope\" : \"all\"");

        long middle = jdbc.queryForObject(
                "SELECT global_index FROM es.domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 1",
                Long.class,
                scenario.testCase());
        jdbc.execute("BEGIN; ALTER TABLE es.domain_event_entry DISABLE TRIGGER domain_event_entry_append_only;"
                + " DELETE FROM es.domain_event_entry WHERE global_index = " + middle + ";"
                + " ALTER TABLE es.domain_event_entry ENABLE TRIGGER domain_event_entry_append_only; COMMIT;");
        Cli broken = cli("--traverse.cli=verify", "--traverse.cli.organization=" + scenario.organization());
        assertThat(broken.exitCode()).as(broken.output()).isEqualTo(1);
        assertThat(broken.output()).contains("\"problem\" : \"missing\"", scenario.testCase());
    }

    private Cli cli(String... arguments) {
        List<String> all = new ArrayList<>(List.of(
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + TestPostgres.user(),
                "--spring.datasource.password=" + TestPostgres.password()));
        all.addAll(List.of(arguments));
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exitCode =
                TraverseCli.run(new PrintStream(output, true, StandardCharsets.UTF_8), all.toArray(String[]::new));
        return new Cli(exitCode, output.toString(StandardCharsets.UTF_8));
    }

    private static JsonNode awaitRebuilt(Api operator, String projection) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonNode rebuild = operator.get("/api/v1/admin/projections/" + projection)
                    .json()
                    .get("rebuild");
            String phase = rebuild == null || rebuild.isNull()
                    ? ""
                    : rebuild.get("phase").asText();
            if (phase.equals("done") || phase.equals("failed") || Instant.now().isAfter(deadline)) {
                return rebuild;
            }
            Thread.sleep(50);
        }
    }

    private record Cli(int exitCode, String output) {}
}
