package dev.traverse.app.audit;

import static dev.traverse.app.audit.AuditIT.assertBadParameter;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.traverse.app.Api;
import dev.traverse.app.TraverseIT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An organization's event stream as NDJSON: complete, in order, filtered, resumable and never another's. */
class OrganizationExportIT extends TraverseIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void exportsTheOrganizationsEventsInGlobalOrderAndNothingElse() {
        String admin = user("exporter");
        String org = organization(admin);
        String project = project(admin, org);
        String otherAdmin = user("neighbour");
        String other = organization(otherAdmin);
        project(otherAdmin, other);
        api().as(admin).post("/api/v1/projects/" + project + "/test-cases", "{\"test_description\":\"One\"}");
        api().as(otherAdmin).patch("/api/v1/organizations/" + other, "{\"name\":\"Interleaved\"}");
        api().as(admin).patch("/api/v1/projects/" + project, "{\"name\":\"Shop\"}");

        Api.Response export = api().as(admin).get("/api/v1/audit/organizations/" + org + "/events");

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("application/x-ndjson");
        List<JsonNode> lines = lines(export);
        assertThat(lines)
                .extracting(line -> line.get("event_type").asText())
                .containsExactly(
                        "OrganizationCreated", "MemberAdded", "ProjectCreated", "TestCaseCreated", "ProjectRenamed");
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.get("organization_id").asText()).isEqualTo(org);
            assertThat(line.get("actor").get("id").asText()).isEqualTo(admin);
            assertThat(line.get("metadata").get("organization_id").asText()).isEqualTo(org);
            assertThat(line.get("metadata").hasNonNull("correlation_id")).isTrue();
            assertThat(line.get("metadata").hasNonNull("causation_id")).isTrue();
        });
        assertThat(lines)
                .extracting(line -> line.get("position").asLong())
                .isSorted()
                .doesNotHaveDuplicates();
        long through = Long.parseLong(export.header("Traverse-Export-Through"));
        assertThat(through)
                .isGreaterThanOrEqualTo(
                        lines.get(lines.size() - 1).get("position").asLong());
    }

    @Test
    void resumesAfterAPositionAndFiltersByProjectAggregateTypeAndTime() throws Exception {
        String admin = user("filterer");
        String org = organization(admin);
        String shop = project(admin, org);
        String blog = project(admin, org);
        Api alice = api().as(admin);
        alice.post("/api/v1/projects/" + shop + "/test-cases", "{\"test_description\":\"Shop case\"}");
        Thread.sleep(5);
        Instant middle = Instant.now();
        Thread.sleep(5);
        alice.post("/api/v1/projects/" + blog + "/test-cases", "{\"test_description\":\"Blog case\"}");
        alice.post("/api/v1/projects/" + shop + "/tags", "{\"name\":\"late\",\"color\":\"#000000\"}");
        String base = "/api/v1/audit/organizations/" + org + "/events";
        List<JsonNode> all = lines(alice.get(base));
        assertThat(all).hasSize(7);

        long resumeAfter = all.get(2).get("position").asLong();
        assertThat(lines(alice.get(base + "?after=" + resumeAfter)))
                .extracting(line -> line.get("event_id").asText())
                .containsExactlyElementsOf(all.subList(3, 7).stream()
                        .map(line -> line.get("event_id").asText())
                        .toList());
        assertThat(lines(alice.get(base + "?project_id=" + shop)))
                .extracting(line -> line.get("event_type").asText())
                .containsExactly("ProjectCreated", "TestCaseCreated", "TagCreated");
        assertThat(lines(alice.get(base + "?aggregate_type=TestCase")))
                .extracting(line -> line.get("payload").get("test_description").asText())
                .containsExactly("Shop case", "Blog case");
        assertThat(lines(alice.get(base + "?from=" + middle)))
                .extracting(line -> line.get("event_type").asText())
                .containsExactly("TestCaseCreated", "TagCreated");
        assertThat(lines(alice.get(base + "?to=" + middle))).hasSize(5);
        assertThat(lines(alice.get(base + "?after=" + all.get(6).get("position").asLong())))
                .isEmpty();

        String foreignAdmin = user("foreign");
        String foreignProject = project(foreignAdmin, organization(foreignAdmin));
        assertBadParameter(alice.get(base + "?after=-1"), "after");
        assertBadParameter(alice.get(base + "?after=soon"), "after");
        assertBadParameter(alice.get(base + "?aggregate_type=Invoice"), "aggregate_type");
        assertBadParameter(alice.get(base + "?project_id=" + foreignProject), "project_id");
        assertBadParameter(alice.get(base + "?from=monday"), "from");
        assertBadParameter(alice.get(base + "?from=" + middle + "&to=" + middle), "to");
    }

    @Test
    void streamsThousandsOfEventsPageByPageAndVerifiesThem() {
        String admin = user("bulk");
        String org = organization(admin);
        int renames = 2 * AuditEvents.EXPORT_PAGE + 500;
        // Thousands of renames appended the way Axon appends them; the database chains each to its predecessor.
        jdbc.update("""
                INSERT INTO es.domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                SELECT gen_random_uuid()::text, ?, s, 'Organization',
                    to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                    'dev.traverse.api.organization.OrganizationRenamed', '1',
                    convert_to(json_build_object('organization_id', ?, 'name', 'Name ' || s, 'version', s)::text,
                               'UTF8'),
                    convert_to(json_build_object('actor_type', 'user', 'actor_id', ?, 'organization_id', ?,
                               'request_id', 'bulk', 'correlation_id', 'bulk', 'causation_id', 'bulk')::text, 'UTF8')
                FROM generate_series(2, ? + 1) AS s ORDER BY s
                """, org, org, admin, org, renames);

        Api.Response export = api().as(admin).get("/api/v1/audit/organizations/" + org + "/events");

        assertThat(export.header("Content-Length")).isNull();
        List<JsonNode> lines = lines(export);
        assertThat(lines).hasSize(renames + 2);
        assertThat(lines)
                .extracting(line -> line.get("sequence_number").asLong())
                .isSorted()
                .doesNotHaveDuplicates();
        assertThat(lines.get(lines.size() - 1).get("payload").get("name").asText())
                .isEqualTo("Name " + (renames + 1));
        JsonNode verification = api().as(admin)
                .get("/api/v1/audit/organizations/" + org + "/verify")
                .json();
        assertThat(verification.get("intact").asBoolean()).isTrue();
        assertThat(verification.get("events_checked").asLong()).isEqualTo(renames + 2);
        assertThat(verification.get("aggregates_checked").asLong()).isEqualTo(1);
    }

    @Test
    void verificationGivesTheSameDigestForTheSamePositionAsLongAsNothingChanged() {
        String admin = user("digest");
        String org = organization(admin);
        project(admin, org);
        JsonNode first = api().as(admin)
                .get("/api/v1/audit/organizations/" + org + "/verify")
                .json();
        assertThat(first.get("intact").asBoolean()).isTrue();
        assertThat(first.get("scope").asText()).isEqualTo("organization");
        assertThat(first.get("aggregates_checked").asLong()).isEqualTo(2);
        assertThat(first.get("events_checked").asLong()).isEqualTo(3);
        assertThat(first.get("digest").asText()).matches("[0-9a-f]{64}");
        assertThat(first.get("first_broken_link").isNull()).isTrue();
        long through = first.get("through_position").asLong();

        project(admin, org);
        JsonNode later = api().as(admin)
                .get("/api/v1/audit/organizations/" + org + "/verify")
                .json();
        JsonNode again = api().as(admin)
                .get("/api/v1/audit/organizations/" + org + "/verify?through=" + through)
                .json();

        assertThat(later.get("digest").asText())
                .isNotEqualTo(first.get("digest").asText());
        assertThat(again.get("digest").asText()).isEqualTo(first.get("digest").asText());
        assertBadParameter(api().as(admin).get("/api/v1/audit/organizations/" + org + "/verify?through=-5"), "through");
    }

    static List<JsonNode> lines(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body()
                .lines()
                .filter(line -> !line.isBlank())
                .map(line -> {
                    try {
                        return JSON.readTree(line);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }
}
