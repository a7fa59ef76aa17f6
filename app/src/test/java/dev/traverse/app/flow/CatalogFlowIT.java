package dev.traverse.app.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.traverse.app.Api;
import dev.traverse.app.TraverseIT;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The foundation's end-to-end flow over real HTTP with real JWTs: an admin builds an organization's catalog, a member
 * works in it, a guest reads it, an outsider sees nothing.
 */
class CatalogFlowIT extends TraverseIT {

    @Test
    void memberBuildsTheCatalogGuestReadsItOutsiderSeesNothing() {
        String admin = user("alice");
        String memberUser = user("bob");
        String guestUser = user("gina");
        Api alice = api().as(admin);
        Api bob = api().as(memberUser);
        Api gina = api().as(guestUser);
        Api mallory = api().as(user("mallory"));

        String org = organization(admin);
        member(admin, org, memberUser, "member");
        member(admin, org, guestUser, "guest");

        String project = bob.post(
                        "/api/v1/organizations/" + org + "/projects",
                        "{\"name\":\"Shop\",\"default_url_route\":\"/shop\"}")
                .id();
        String smoke = bob.post("/api/v1/projects/" + project + "/tags", "{\"name\":\"smoke\",\"color\":\"#ff0000\"}")
                .id();
        String login = bob.post("/api/v1/projects/" + project + "/tags", "{\"name\":\"login\",\"color\":\"#00AA00\"}")
                .id();
        String desktop = bob.post(
                        "/api/v1/projects/" + project + "/browser-configs",
                        "{\"browser_config\":{\"browser\":\"chromium\",\"viewport\":{\"width\":1280,\"height\":720},\"headless\":true}}")
                .id();
        String phone = bob.post(
                        "/api/v1/projects/" + project + "/browser-configs",
                        "{\"browser_config\":{\"device\":\"Pixel 8\"}}")
                .id();
        String document = bob.post(
                        "/api/v1/projects/" + project + "/documents",
                        "{\"name\":\"Checkout spec\",\"content\":\"A signed-in user can pay with a card.\"}")
                .id();
        Api.Response created = bob.post(
                "/api/v1/projects/" + project + "/test-cases", """
                {"test_description": "Buy one item with a card",
                 "extra_rules": "Never use a real card",
                 "url_route": "/shop/checkout",
                 "allowed_domains": ["shop.example.com", "*.stripe.com"],
                 "document_id": "%s",
                 "tag_ids": ["%s", "%s"],
                 "browser_config_ids": ["%s", "%s"]}
                """.formatted(document, smoke, login, desktop, phone));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/test-cases/" + created.id());
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        String testCase = created.id();

        for (Api reader : List.of(bob, gina, alice)) {
            JsonNode read = reader.get("/api/v1/test-cases/" + testCase).json();
            assertThat(read.get("test_description").asText()).isEqualTo("Buy one item with a card");
            assertThat(read.get("document_id").asText()).isEqualTo(document);
            assertThat(texts(read.get("allowed_domains"))).containsExactly("shop.example.com", "*.stripe.com");
            assertThat(texts(read.get("tags").findValues("name"))).containsExactly("login", "smoke");
            assertThat(texts(read.get("browser_config_ids"))).containsExactlyInAnyOrder(desktop, phone);

            assertThat(reader.get("/api/v1/organizations/" + org)
                            .json()
                            .get("name")
                            .asText())
                    .startsWith("Org of");
            assertThat(reader.get("/api/v1/organizations/" + org + "/members")
                            .json()
                            .get("data"))
                    .hasSize(3);
            assertThat(reader.get("/api/v1/organizations/" + org + "/projects")
                            .json()
                            .get("data")
                            .get(0)
                            .get("name")
                            .asText())
                    .isEqualTo("Shop");
            assertThat(reader.get("/api/v1/projects/" + project)
                            .json()
                            .get("default_url_route")
                            .asText())
                    .isEqualTo("/shop");
            assertThat(reader.get("/api/v1/projects/" + project + "/tags")
                            .json()
                            .get("data"))
                    .hasSize(2);
            assertThat(reader.get("/api/v1/projects/" + project + "/browser-configs")
                            .json()
                            .get("data"))
                    .hasSize(2);
            assertThat(reader.get("/api/v1/browser-configs/" + desktop)
                            .json()
                            .at("/browser_config/viewport/width")
                            .asInt())
                    .isEqualTo(1280);
            JsonNode doc = reader.get("/api/v1/documents/" + document).json();
            assertThat(doc.get("test_case_id").asText()).isEqualTo(testCase);
            assertThat(doc.get("content").asText()).contains("pay with a card");
            assertThat(reader.get("/api/v1/projects/" + project + "/documents")
                            .json()
                            .get("data")
                            .get(0)
                            .has("content"))
                    .isFalse();
            assertThat(reader.get("/api/v1/projects/" + project + "/test-cases?tag_id=" + smoke)
                            .json()
                            .get("data"))
                    .hasSize(1);
            assertThat(reader.get("/api/v1/tags/" + login).json().get("color").asText())
                    .isEqualTo("#00AA00");
        }

        // The guest reads but may not write.
        assertThat(gina.post("/api/v1/projects/" + project + "/tags", "{\"name\":\"x\",\"color\":\"#000000\"}")
                        .status())
                .isEqualTo(403);
        assertThat(gina.patch("/api/v1/test-cases/" + testCase, "{\"extra_rules\":\"x\"}")
                        .status())
                .isEqualTo(403);
        assertThat(gina.delete("/api/v1/documents/" + document).status()).isEqualTo(403);
        // Members may not manage members or archive projects.
        assertThat(bob.post("/api/v1/organizations/" + org + "/members", "{\"user_id\":\"x\",\"role\":\"admin\"}")
                        .status())
                .isEqualTo(403);
        assertThat(bob.delete("/api/v1/projects/" + project).status()).isEqualTo(403);

        // An outsider gets exactly what a missing id gets.
        for (String path : List.of(
                "/api/v1/organizations/" + org,
                "/api/v1/projects/" + project,
                "/api/v1/test-cases/" + testCase,
                "/api/v1/documents/" + document,
                "/api/v1/tags/" + smoke,
                "/api/v1/browser-configs/" + desktop)) {
            Api.Response foreign = mallory.get(path);
            Api.Response missing =
                    mallory.get(path.substring(0, path.lastIndexOf('/') + 1) + "zzzzzzzzzzzzzzzzzzzzzzzz");
            assertThat(foreign.status()).as(path).isEqualTo(404);
            assertThat(missing.status()).isEqualTo(404);
            assertThat(foreign.json().get("detail")).isEqualTo(missing.json().get("detail"));
            assertThat(foreign.header("Content-Type")).isEqualTo("application/problem+json");
        }
        assertThat(mallory.patch("/api/v1/test-cases/" + testCase, "{\"extra_rules\":\"x\"}")
                        .status())
                .isEqualTo(404);
        assertThat(mallory.get("/api/v1/organizations").json().get("data")).isEmpty();
        assertThat(alice.get("/api/v1/organizations").json().get("data").findValuesAsText("id"))
                .contains(org);
    }

    @Test
    void documentLinkIsKeptOnBothSides() {
        String admin = user("dora");
        Api dora = api().as(admin);
        String project = project(admin, organization(admin));
        String first = dora.post("/api/v1/projects/" + project + "/test-cases", "{\"test_description\":\"one\"}")
                .id();
        String second = dora.post("/api/v1/projects/" + project + "/test-cases", "{\"test_description\":\"two\"}")
                .id();
        String document = dora.post(
                        "/api/v1/projects/" + project + "/documents",
                        "{\"name\":\"Spec\",\"content\":\"...\",\"test_case_id\":\"" + first + "\"}")
                .id();
        assertThat(dora.get("/api/v1/test-cases/" + first)
                        .json()
                        .get("document_id")
                        .asText())
                .isEqualTo(document);

        // Linking from the document's side moves the link; the old test case loses it.
        assertThat(dora.patch("/api/v1/documents/" + document, "{\"test_case_id\":\"" + second + "\"}")
                        .status())
                .isEqualTo(200);
        assertThat(dora.get("/api/v1/test-cases/" + first)
                        .json()
                        .get("document_id")
                        .isNull())
                .isTrue();
        assertThat(dora.get("/api/v1/test-cases/" + second)
                        .json()
                        .get("document_id")
                        .asText())
                .isEqualTo(document);
        assertThat(dora.get("/api/v1/documents/" + document)
                        .json()
                        .get("test_case_id")
                        .asText())
                .isEqualTo(second);

        // A test case cannot take a document that another test case holds.
        Api.Response taken = dora.patch("/api/v1/test-cases/" + first, "{\"document_id\":\"" + document + "\"}");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().at("/errors/0/field").asText()).isEqualTo("document_id");

        // Unlinking from the test case's side clears the document's side.
        assertThat(dora.patch("/api/v1/test-cases/" + second, "{\"document_id\":null}")
                        .status())
                .isEqualTo(200);
        assertThat(dora.get("/api/v1/documents/" + document)
                        .json()
                        .get("test_case_id")
                        .isNull())
                .isTrue();

        // Deleting a linked document unlinks its test case.
        assertThat(dora.patch("/api/v1/test-cases/" + first, "{\"document_id\":\"" + document + "\"}")
                        .status())
                .isEqualTo(200);
        assertThat(dora.delete("/api/v1/documents/" + document).status()).isEqualTo(204);
        assertThat(dora.get("/api/v1/test-cases/" + first)
                        .json()
                        .get("document_id")
                        .isNull())
                .isTrue();
        assertThat(dora.get("/api/v1/documents/" + document).status()).isEqualTo(404);
    }

    @Test
    void deletionsAndArchivingShowInTheReadModel() {
        String admin = user("erin");
        Api erin = api().as(admin);
        String org = organization(admin);
        String project = project(admin, org);
        String tag = erin.post("/api/v1/projects/" + project + "/tags", "{\"name\":\"t\",\"color\":\"#123456\"}")
                .id();
        String testCase = erin.post(
                        "/api/v1/projects/" + project + "/test-cases",
                        "{\"test_description\":\"x\",\"tag_ids\":[\"" + tag + "\"]}")
                .id();
        assertThat(erin.delete("/api/v1/tags/" + tag).status()).isEqualTo(204);
        assertThat(erin.get("/api/v1/tags/" + tag).status()).isEqualTo(404);
        assertThat(erin.get("/api/v1/test-cases/" + testCase).json().get("tags"))
                .isEmpty();

        assertThat(erin.delete("/api/v1/test-cases/" + testCase).status()).isEqualTo(204);
        assertThat(erin.get("/api/v1/test-cases/" + testCase).status()).isEqualTo(404);

        assertThat(erin.delete("/api/v1/projects/" + project).status()).isEqualTo(204);
        assertThat(erin.get("/api/v1/projects/" + project)
                        .json()
                        .get("archived_at")
                        .isNull())
                .isFalse();
        assertThat(erin.get("/api/v1/organizations/" + org + "/projects").json().get("data"))
                .isEmpty();
        assertThat(erin.get("/api/v1/organizations/" + org + "/projects?include_archived=true")
                        .json()
                        .get("data"))
                .hasSize(1);
        Api.Response frozen =
                erin.post("/api/v1/projects/" + project + "/tags", "{\"name\":\"n\",\"color\":\"#123456\"}");
        assertThat(frozen.status()).isEqualTo(409);
        assertThat(erin.post("/api/v1/projects/" + project + "/test-cases", "{\"test_description\":\"x\"}")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void membersAreManagedByAdminsAndTheLastAdminStays() {
        String admin = user("fay");
        Api fay = api().as(admin);
        String org = organization(admin);
        String guest = user("gus");
        String memberId = member(admin, org, guest, "guest");
        assertThat(fay.post(
                                "/api/v1/organizations/" + org + "/members",
                                "{\"user_id\":\"" + guest + "\",\"role\":\"member\"}")
                        .status())
                .isEqualTo(409);
        assertThat(api().as(guest).get("/api/v1/organizations/" + org).status()).isEqualTo(200);

        Api.Response promoted =
                fay.patch("/api/v1/organizations/" + org + "/members/" + memberId, "{\"role\":\"admin\"}");
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(fay.get("/api/v1/organizations/" + org + "/members/" + memberId)
                        .json()
                        .get("role")
                        .asText())
                .isEqualTo("admin");

        String fayMember =
                fay.get("/api/v1/organizations/" + org + "/members").json().get("data").findValues("user_id").stream()
                        .filter(node -> node.asText().equals(admin))
                        .findFirst()
                        .map(node -> fay.get("/api/v1/organizations/" + org + "/members")
                                .json())
                        .map(page -> {
                            for (JsonNode row : page.get("data")) {
                                if (row.get("user_id").asText().equals(admin)) {
                                    return row.get("id").asText();
                                }
                            }
                            return null;
                        })
                        .orElseThrow();
        assertThat(api().as(guest)
                        .delete("/api/v1/organizations/" + org + "/members/" + fayMember)
                        .status())
                .isEqualTo(204);
        // The former guest is now the only admin and cannot leave.
        Api.Response last = api().as(guest).delete("/api/v1/organizations/" + org + "/members/" + memberId);
        assertThat(last.status()).isEqualTo(409);
        // The removed admin is out at once.
        assertThat(fay.get("/api/v1/organizations/" + org).status()).isEqualTo(404);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static List<String> texts(List<JsonNode> nodes) {
        return nodes.stream().map(JsonNode::asText).toList();
    }
}
