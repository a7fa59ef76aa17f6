package dev.traverse.app.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.traverse.app.Api;
import dev.traverse.app.TraverseIT;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A project created before ProjectCreated revision 2, stored exactly as the older version stored it, works as any
 * other: the aggregate loads, the projection fills {@code created_by} and auditors see the stored shape.
 */
class OldShapeEventsIT extends TraverseIT {

    @Test
    void aProjectStoredInRevision1IsUpcastEverywhereItIsRead() throws Exception {
        String admin = user("veteran");
        String org = organization(admin);
        String project = "oldshapeproject" + Long.toString(System.nanoTime(), 36);
        jdbc.update("""
                INSERT INTO es.domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                VALUES (gen_random_uuid()::text, ?, 0, 'Project', '2025-06-01T12:00:00.123456Z',
                    'dev.traverse.api.project.ProjectCreated', '1',
                    convert_to(json_build_object('project_id', ?, 'organization_id', ?, 'name', 'Legacy',
                        'default_url_route', '/')::text, 'UTF8'),
                    convert_to(json_build_object('actor_type', 'user', 'actor_id', ?, 'organization_id', ?,
                        'request_id', 'r0', 'correlation_id', 'r0', 'causation_id', 'r0')::text, 'UTF8'))
                """, project, project, org, admin, org);
        // The directory row the older version wrote in the same transaction.
        jdbc.update(
                "INSERT INTO ws.resource (id, kind, organization_id, project_id) VALUES (?, 'PROJECT', ?, ?)",
                project,
                org,
                project);
        Api alice = api().as(admin);

        JsonNode read = awaitProject(alice, project);
        assertThat(read.get("name").asText()).isEqualTo("Legacy");
        assertThat(read.get("created_by").asText()).isEqualTo(admin);
        assertThat(alice.patch("/api/v1/projects/" + project, "{\"name\":\"Legacy, renamed\"}")
                        .status())
                .isEqualTo(200);

        JsonNode history = alice.get("/api/v1/audit/aggregates/" + project + "/events")
                .json()
                .get("data");
        assertThat(history.findValuesAsText("revision")).containsExactly("1", "1");
        assertThat(history.get(0).get("payload").has("created_by")).isFalse();
        JsonNode state =
                alice.get("/api/v1/audit/aggregates/" + project + "/state").json();
        assertThat(state.get("state").get("name").asText()).isEqualTo("Legacy, renamed");
        assertThat(alice.get("/api/v1/audit/organizations/" + org + "/verify")
                        .json()
                        .get("intact")
                        .asBoolean())
                .isTrue();

        String fresh = project(admin, org);
        JsonNode created = alice.get("/api/v1/audit/aggregates/" + fresh + "/events")
                .json()
                .get("data")
                .get(0);
        assertThat(created.get("revision").asText()).isEqualTo("2");
        assertThat(created.get("payload").get("created_by").asText()).isEqualTo(admin);
        assertThat(List.of(alice.get("/api/v1/projects/" + fresh)
                        .json()
                        .get("created_by")
                        .asText()))
                .containsExactly(admin);
    }

    /** The event was written behind the application's back, so no write waits for its projection. */
    private static JsonNode awaitProject(Api api, String project) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            Api.Response response = api.get("/api/v1/projects/" + project);
            if (response.status() == 200 || Instant.now().isAfter(deadline)) {
                assertThat(response.status()).as(response.toString()).isEqualTo(200);
                return response.json();
            }
            Thread.sleep(20);
        }
    }
}
