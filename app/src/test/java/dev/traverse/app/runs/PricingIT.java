package dev.traverse.app.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.traverse.app.Api;
import dev.traverse.app.TraverseIT;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Usage is priced by the shipped prices, an organization's own prices, or the caller. */
class PricingIT extends TraverseIT {

    private String run(String admin, Catalog catalog) {
        Api api = api().as(admin);
        return api.post("/api/v1/traversals/" + catalog.traversal() + "/runs", "{\"run_type\":\"AGENTIC\"}")
                .id();
    }

    private static String usage(int idx, String model) {
        return "{\"idx\": " + idx + ", \"model_type\": \"" + model
                + "\", \"input_token_num\": 1000000, \"completion_token_num\": 1000000}";
    }

    @Test
    void anOrganizationsOwnPriceWinsForLaterUsageAndUnknownModelsAreUnpriced() {
        String admin = user("prices");
        Api api = api().as(admin);
        Catalog catalog = catalog(admin);
        String run = run(admin, catalog);

        JsonNode shipped = api.post("/api/v1/runs/" + run + "/costs", usage(0, "claude-sonnet-4-5"))
                .json();
        assertThat(new BigDecimal(shipped.at("/usages/0/cost_in_dollars").asText()))
                .isEqualByComparingTo("18");

        Api.Response set = api.send(
                "PUT",
                "/api/v1/organizations/" + catalog.organization() + "/model-prices",
                "{\"model_pattern\": \"claude-sonnet-4*\", \"input_price_per_token\": \"0.000002\","
                        + " \"output_price_per_token\": 0.00001}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        JsonNode own = api.post("/api/v1/runs/" + run + "/costs", usage(1, "claude-sonnet-4-5"))
                .json();
        assertThat(new BigDecimal(own.at("/usages/0/cost_in_dollars").asText())).isEqualByComparingTo("12");

        JsonNode unknown = api.post("/api/v1/runs/" + run + "/costs", usage(2, "homegrown-llm"))
                .json();
        assertThat(unknown.at("/usages/0/price_source").asText()).isEqualTo("unpriced");
        assertThat(new BigDecimal(unknown.at("/usages/0/cost_in_dollars").asText()))
                .isZero();

        JsonNode prices = api.get("/api/v1/organizations/" + catalog.organization() + "/model-prices")
                .json();
        assertThat(prices.at("/data/0/model_pattern").asText()).isEqualTo("claude-sonnet-4*");
        assertThat(prices.at("/data/0/own").asBoolean()).isTrue();
        assertThat(prices.get("data").findValuesAsText("model_pattern")).contains("gpt-4o*", "gemini-2.0-flash*");

        // Another organization still pays the shipped price.
        String other = user("prices-b");
        Catalog theirs = catalog(other);
        JsonNode shippedAgain = api().as(other)
                .post("/api/v1/runs/" + run(other, theirs) + "/costs", usage(0, "claude-sonnet-4-5"))
                .json();
        assertThat(new BigDecimal(shippedAgain.at("/usages/0/cost_in_dollars").asText()))
                .isEqualByComparingTo("18");
    }

    @Test
    void onlyAdminsSetPricesAndBadPricesAreRefused() {
        String admin = user("prices-admin");
        Catalog catalog = catalog(admin);
        String member = user("prices-member");
        member(admin, catalog.organization(), member, "member");
        String path = "/api/v1/organizations/" + catalog.organization() + "/model-prices";
        String body = "{\"model_pattern\": \"x*\", \"input_price_per_token\": 0, \"output_price_per_token\": 0}";
        assertThat(api().as(member).send("PUT", path, body).status()).isEqualTo(403);
        assertThat(api().as(user("outsider")).send("PUT", path, body).status()).isEqualTo(404);
        long before = eventCount();
        Api api = api().as(admin);
        assertThat(api.send("PUT", path, body.replace("x*", "no spaces allowed"))
                        .json()
                        .at("/errors/0/field")
                        .asText())
                .isEqualTo("model_pattern");
        assertThat(api.send("PUT", path, body.replace("\"input_price_per_token\": 0", "\"input_price_per_token\": -1"))
                        .json()
                        .at("/errors/0/field")
                        .asText())
                .isEqualTo("input_price_per_token");
        assertThat(api.send(
                                "PUT",
                                path,
                                body.replace("\"output_price_per_token\": 0", "\"output_price_per_token\": \"abc\""))
                        .status())
                .isEqualTo(400);
        assertThat(eventCount()).isEqualTo(before);
    }
}
