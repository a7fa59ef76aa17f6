package dev.traverse.app.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.Api;

/**
 * An organization's busy first weeks over HTTP: members come and go, projects are renamed and archived, tags,
 * configs and documents change, test cases move between them and some are deleted. Every kind of catalog event
 * occurs at least once.
 */
record CatalogScenario(String owner, String organization, String shop, String testCase) {

    static CatalogScenario play(Api api, String owner) {
        String bob = owner + "-bob";
        Api alice = api.as(owner);
        Api member = api.as(bob);
        String org = created(alice.post("/api/v1/organizations", "{\"name\":\"Acme\"}"));
        ok(alice.patch(
                "/api/v1/organizations/" + org, "{\"name\":\"Acme Corp\",\"logo\":\"https://acme.test/l.png\"}"));
        created(alice.post(
                "/api/v1/organizations/" + org + "/members", "{\"user_id\":\"" + bob + "\",\"role\":\"member\"}"));
        String gina = created(alice.post(
                "/api/v1/organizations/" + org + "/members",
                "{\"user_id\":\"" + owner + "-gina\",\"role\":\"guest\"}"));
        ok(alice.patch("/api/v1/organizations/" + org + "/members/" + gina, "{\"role\":\"member\"}"));
        assertThat(alice.delete("/api/v1/organizations/" + org + "/members/" + gina)
                        .status())
                .isEqualTo(204);

        String shop = created(member.post("/api/v1/organizations/" + org + "/projects", "{\"name\":\"Shop\"}"));
        String blog = created(member.post("/api/v1/organizations/" + org + "/projects", "{\"name\":\"Blog\"}"));
        ok(member.patch("/api/v1/projects/" + shop, "{\"name\":\"Web shop\",\"default_url_route\":\"/shop\"}"));
        assertThat(alice.delete("/api/v1/projects/" + blog).status()).isEqualTo(204);

        String smoke = created(
                member.post("/api/v1/projects/" + shop + "/tags", "{\"name\":\"smoke\",\"color\":\"#ff0000\"}"));
        String login = created(
                member.post("/api/v1/projects/" + shop + "/tags", "{\"name\":\"login\",\"color\":\"#00aa00\"}"));
        ok(member.patch("/api/v1/tags/" + login, "{\"color\":\"#00bb00\"}"));
        String desktop = created(member.post(
                "/api/v1/projects/" + shop + "/browser-configs",
                "{\"browser_config\":{\"browser\":\"chromium\",\"viewport\":{\"width\":1280,\"height\":720}}}"));
        String phone = created(member.post(
                "/api/v1/projects/" + shop + "/browser-configs", "{\"browser_config\":{\"device\":\"Pixel 8\"}}"));
        ok(member.patch("/api/v1/browser-configs/" + desktop, "{\"browser_config\":{\"browser\":\"firefox\"}}"));
        String spec = created(member.post(
                "/api/v1/projects/" + shop + "/documents", "{\"name\":\"Checkout\",\"content\":\"Pay by card.\"}"));
        String faq = created(
                member.post("/api/v1/projects/" + shop + "/documents", "{\"name\":\"FAQ\",\"content\":\"Q and A\"}"));
        ok(member.patch(
                "/api/v1/documents/" + spec, "{\"name\":\"Checkout v2\",\"content\":\"Pay by card or wallet.\"}"));

        String buy = created(member.post(
                "/api/v1/projects/" + shop + "/test-cases", """
                {"test_description": "Buy one item", "extra_rules": "No real card", "url_route": "/checkout",
                 "allowed_domains": ["shop.example.com", "*.stripe.com"], "document_id": "%s",
                 "tag_ids": ["%s", "%s"], "browser_config_ids": ["%s", "%s"]}
                """.formatted(spec, smoke, login, desktop, phone)));
        String help = created(member.post(
                "/api/v1/projects/" + shop + "/test-cases",
                "{\"test_description\":\"Read the FAQ\",\"tag_ids\":[\"" + login + "\"]}"));
        ok(member.patch(
                "/api/v1/test-cases/" + buy,
                "{\"test_description\":\"Buy two items\",\"tag_ids\":[\"" + login + "\"],\"browser_config_ids\":[\""
                        + desktop + "\"]}"));
        ok(member.patch("/api/v1/test-cases/" + help, "{\"document_id\":\"" + faq + "\"}"));
        assertThat(member.delete("/api/v1/test-cases/" + help).status()).isEqualTo(204);
        assertThat(member.delete("/api/v1/tags/" + smoke).status()).isEqualTo(204);
        assertThat(member.delete("/api/v1/browser-configs/" + phone).status()).isEqualTo(204);
        assertThat(member.delete("/api/v1/documents/" + spec).status()).isEqualTo(204);
        return new CatalogScenario(owner, org, shop, buy);
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.id();
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}
