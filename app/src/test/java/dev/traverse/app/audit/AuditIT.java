package dev.traverse.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.traverse.app.Api;
import dev.traverse.app.TraverseIT;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An auditor reads an aggregate's history and its state at past points, over HTTP. */
class AuditIT extends TraverseIT {

    @Test
    void historyListsAnAggregatesEventsInOrderWithActorRevisionMetadataAndStoredPayload() {
        String admin = user("auditor");
        String org = organization(admin);
        api().as(admin)
                .header("X-Request-Id", "rename-req-1")
                .patch("/api/v1/organizations/" + org, "{\"name\":\"Renamed\"}");

        Api.Response history = api().as(admin).get("/api/v1/audit/aggregates/" + org + "/events");

        assertThat(history.status()).isEqualTo(200);
        JsonNode events = history.json().get("data");
        assertThat(events).hasSize(3);
        assertThat(events.findValuesAsText("event_type"))
                .containsExactly("OrganizationCreated", "MemberAdded", "OrganizationRenamed");
        assertThat(events.findValuesAsText("sequence_number")).containsExactly("0", "1", "2");
        JsonNode created = events.get(0);
        assertThat(created.get("aggregate_type").asText()).isEqualTo("Organization");
        assertThat(created.get("aggregate_id").asText()).isEqualTo(org);
        assertThat(created.get("revision").asText()).isEqualTo("1");
        assertThat(created.get("payload_type").asText()).isEqualTo("dev.traverse.api.organization.OrganizationCreated");
        assertThat(created.get("actor").get("type").asText()).isEqualTo("user");
        assertThat(created.get("actor").get("id").asText()).isEqualTo(admin);
        assertThat(created.get("organization_id").asText()).isEqualTo(org);
        assertThat(created.get("payload").get("name").asText()).isEqualTo("Org of " + admin);
        assertThat(created.get("hash").asText()).matches("[0-9a-f]{64}");
        assertThat(Instant.parse(created.get("timestamp").asText())).isBefore(Instant.now());
        JsonNode renamed = events.get(2);
        assertThat(renamed.get("metadata").get("request_id").asText()).isEqualTo("rename-req-1");
        assertThat(renamed.get("metadata").get("correlation_id").asText()).isEqualTo("rename-req-1");
        assertThat(renamed.get("metadata").get("causation_id").asText()).isEqualTo("rename-req-1");
        assertThat(renamed.get("position").asLong())
                .isGreaterThan(events.get(1).get("position").asLong());
        assertThat(history.json().get("next_cursor").isNull()).isTrue();
    }

    @Test
    void historyIsPagedAndRefusesBadParameters() {
        String admin = user("pager");
        String org = organization(admin);
        for (int i = 0; i < 4; i++) {
            api().as(admin).patch("/api/v1/organizations/" + org, "{\"name\":\"Name " + i + "\"}");
        }
        Api auditor = api().as(admin);
        List<String> sequences = new ArrayList<>();
        String cursor = null;
        do {
            Api.Response page = auditor.get("/api/v1/audit/aggregates/" + org + "/events?limit=4"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.json().get("data").size()).isLessThanOrEqualTo(4);
            sequences.addAll(page.json().get("data").findValuesAsText("sequence_number"));
            cursor = page.json().get("next_cursor").isNull()
                    ? null
                    : page.json().get("next_cursor").asText();
        } while (cursor != null);
        assertThat(sequences).containsExactly("0", "1", "2", "3", "4", "5");

        assertBadParameter(auditor.get("/api/v1/audit/aggregates/" + org + "/events?limit=0"), "limit");
        assertBadParameter(auditor.get("/api/v1/audit/aggregates/" + org + "/events?limit=201"), "limit");
        assertBadParameter(auditor.get("/api/v1/audit/aggregates/" + org + "/events?limit=ten"), "limit");
        assertBadParameter(auditor.get("/api/v1/audit/aggregates/" + org + "/events?cursor=bogus"), "cursor");
    }

    @Test
    void aTagHasNoHistoryOfItsOwnButItsProjectHas() {
        String admin = user("tagger");
        String org = organization(admin);
        String project = project(admin, org);
        String tag = api().as(admin)
                .post("/api/v1/projects/" + project + "/tags", "{\"name\":\"smoke\",\"color\":\"#ff0000\"}")
                .id();

        Api.Response tagHistory = api().as(admin).get("/api/v1/audit/aggregates/" + tag + "/events");
        assertThat(tagHistory.status()).isEqualTo(404);
        assertThat(tagHistory.json().get("detail").asText()).contains("project " + project);
        assertThat(api().as(admin)
                        .get("/api/v1/audit/aggregates/" + project + "/events")
                        .json()
                        .get("data")
                        .findValuesAsText("event_type"))
                .containsExactly("ProjectCreated", "TagCreated");
    }

    @Test
    void stateIsRebuiltAtASequenceNumberOrATimeFromTheEvents() throws Exception {
        String admin = user("historian");
        String org = organization(admin);
        String project = project(admin, org);
        Api alice = api().as(admin);
        String testCase = alice.post(
                        "/api/v1/projects/" + project + "/test-cases",
                        "{\"test_description\":\"First\",\"allowed_domains\":[\"a.example.com\"]}")
                .id();
        Thread.sleep(5);
        Instant between = Instant.now();
        Thread.sleep(5);
        alice.patch("/api/v1/test-cases/" + testCase, "{\"test_description\":\"Second\"}");
        alice.patch("/api/v1/organizations/" + org, "{\"name\":\"Later\"}");

        JsonNode before = alice.get("/api/v1/audit/aggregates/" + testCase + "/state?at=" + between)
                .json();
        assertThat(before.get("aggregate_type").asText()).isEqualTo("TestCase");
        assertThat(before.get("sequence_number").asLong()).isZero();
        assertThat(before.get("deleted").asBoolean()).isFalse();
        assertThat(before.get("state").get("test_description").asText()).isEqualTo("First");
        assertThat(before.get("state").get("allowed_domains").get(0).asText()).isEqualTo("a.example.com");
        assertThat(before.get("state").get("version").asLong()).isEqualTo(1);
        JsonNode now =
                alice.get("/api/v1/audit/aggregates/" + testCase + "/state").json();
        assertThat(now.get("state").get("test_description").asText()).isEqualTo("Second");
        assertThat(now.get("sequence_number").asLong()).isEqualTo(1);

        JsonNode orgAtCreation = alice.get("/api/v1/audit/aggregates/" + org + "/state?sequence=1")
                .json();
        assertThat(orgAtCreation.get("state").get("name").asText()).isEqualTo("Org of " + admin);
        assertThat(orgAtCreation.get("state").get("members").size()).isEqualTo(1);
        assertThat(orgAtCreation
                        .get("state")
                        .get("members")
                        .elements()
                        .next()
                        .get("role")
                        .asText())
                .isEqualTo("admin");
        JsonNode projectState = alice.get("/api/v1/audit/aggregates/" + project + "/state?sequence=0")
                .json();
        assertThat(projectState.get("aggregate_type").asText()).isEqualTo("Project");
        assertThat(projectState.get("state").get("name").asText()).isEqualTo("Web");

        Api.Response tooEarly = alice.get("/api/v1/audit/aggregates/" + org + "/state?at=2001-01-01T00:00:00Z");
        assertThat(tooEarly.status()).isEqualTo(404);
        assertBadParameter(alice.get("/api/v1/audit/aggregates/" + org + "/state?at=yesterday"), "at");
        assertBadParameter(alice.get("/api/v1/audit/aggregates/" + org + "/state?sequence=-1"), "sequence");
        assertBadParameter(alice.get("/api/v1/audit/aggregates/" + org + "/state?sequence=99"), "sequence");
        assertBadParameter(
                alice.get("/api/v1/audit/aggregates/" + org + "/state?sequence=1&at=2026-01-01T00:00:00Z"), "sequence");
    }

    @Test
    void aDeletedTestCaseKeepsItsHistoryAndShowsAsDeleted() {
        String admin = user("deleter");
        String org = organization(admin);
        String project = project(admin, org);
        Api alice = api().as(admin);
        String testCase = alice.post("/api/v1/projects/" + project + "/test-cases", "{\"test_description\":\"Gone\"}")
                .id();
        assertThat(alice.delete("/api/v1/test-cases/" + testCase).status()).isEqualTo(204);
        assertThat(alice.get("/api/v1/test-cases/" + testCase).status()).isEqualTo(404);

        assertThat(alice.get("/api/v1/audit/aggregates/" + testCase + "/events")
                        .json()
                        .get("data")
                        .findValuesAsText("event_type"))
                .containsExactly("TestCaseCreated", "TestCaseDeleted");
        JsonNode state =
                alice.get("/api/v1/audit/aggregates/" + testCase + "/state").json();
        assertThat(state.get("deleted").asBoolean()).isTrue();
        assertThat(alice.get("/api/v1/audit/aggregates/" + testCase + "/state?sequence=0")
                        .json()
                        .get("deleted")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void onlyTheOrganizationsAdminsMayReadItsAuditTrail() {
        String admin = user("owner");
        String org = organization(admin);
        String project = project(admin, org);
        String memberUser = user("member");
        String guestUser = user("guest");
        member(admin, org, memberUser, "member");
        member(admin, org, guestUser, "guest");
        String otherAdmin = user("other");
        organization(otherAdmin);

        List<String> paths = List.of(
                "/api/v1/audit/aggregates/" + project + "/events",
                "/api/v1/audit/aggregates/" + org + "/state",
                "/api/v1/audit/organizations/" + org + "/events",
                "/api/v1/audit/organizations/" + org + "/verify");
        for (String path : paths) {
            assertThat(api().as(admin).get(path).status()).as(path).isEqualTo(200);
            assertThat(api().as(memberUser).get(path).status()).as(path).isEqualTo(403);
            assertThat(api().as(guestUser).get(path).status()).as(path).isEqualTo(403);
            assertThat(api().as(otherAdmin).get(path).status()).as(path).isEqualTo(404);
            assertThat(api().as(user("stranger")).get(path).status()).as(path).isEqualTo(404);
            assertThat(api().get(path).status()).as(path).isEqualTo(401);
        }
        assertThat(api().as(admin)
                        .get("/api/v1/audit/aggregates/nosuchaggregate/events")
                        .status())
                .isEqualTo(404);
    }

    static void assertBadParameter(Api.Response response, String parameter) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("type").asText()).isEqualTo("https://traverse.dev/problems/invalid-parameter");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo(parameter);
    }
}
