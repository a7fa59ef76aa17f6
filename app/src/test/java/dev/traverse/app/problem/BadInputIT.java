package dev.traverse.app.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.Api;
import dev.traverse.app.TraverseIT;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input gets a 4xx problem+json naming what was wrong, and writes nothing: the event store holds
 * exactly as many events after the request as before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT extends TraverseIT {

    private static final String LONG_NAME = "n".repeat(201);

    private String admin;
    private String org;
    private String project;
    private String tag;
    private String testCase;
    private String document;
    private String foreignTag;

    @BeforeAll
    void catalog() {
        admin = user("bad-input");
        Api api = api().as(admin);
        org = organization(admin);
        project = project(admin, org);
        tag = api.post("/api/v1/projects/" + project + "/tags", "{\"name\":\"smoke\",\"color\":\"#ff0000\"}")
                .id();
        document = api.post("/api/v1/projects/" + project + "/documents", "{\"name\":\"d\",\"content\":\"c\"}")
                .id();
        testCase = api.post("/api/v1/projects/" + project + "/test-cases", "{\"test_description\":\"x\"}")
                .id();
        String otherProject = project(admin, org);
        foreignTag = api.post(
                        "/api/v1/projects/" + otherProject + "/tags", "{\"name\":\"other\",\"color\":\"#ff0000\"}")
                .id();
    }

    Stream<Arguments> badRequests() {
        String tags = "/api/v1/projects/" + project + "/tags";
        String testCases = "/api/v1/projects/" + project + "/test-cases";
        return Stream.of(
                bad("POST", "/api/v1/organizations", "{\"name\":", 400, "malformed-body", null),
                bad("POST", "/api/v1/organizations", "", 400, "malformed-body", null),
                bad("POST", "/api/v1/organizations", "[]", 400, "invalid-field", null),
                bad("POST", "/api/v1/organizations", "{}", 400, "invalid-field", "name"),
                bad("POST", "/api/v1/organizations", "{\"name\":null}", 400, "invalid-field", "name"),
                bad("POST", "/api/v1/organizations", "{\"name\":42}", 400, "invalid-field", "name"),
                bad("POST", "/api/v1/organizations", "{\"name\":\"" + LONG_NAME + "\"}", 400, "invalid-field", "name"),
                bad(
                        "POST",
                        "/api/v1/organizations",
                        "{\"name\":\"a\",\"owner\":\"me\"}",
                        400,
                        "invalid-field",
                        "owner"),
                bad("POST", tags, "{\"name\":\"x\",\"color\":\"red\"}", 400, "invalid-field", "color"),
                bad("POST", tags, "{\"name\":\"x\",\"color\":\"#12345g\"}", 400, "invalid-field", "color"),
                bad("POST", tags, "{\"name\":\"x\"}", 400, "invalid-field", "color"),
                bad("POST", tags, "{\"name\":\"SMOKE\",\"color\":\"#000000\"}", 409, "conflict", "name"),
                bad("PATCH", "/api/v1/tags/" + "TAG", "{\"color\":null}", 400, "invalid-field", "color"),
                bad(
                        "POST",
                        "/api/v1/projects/" + project + "/browser-configs",
                        "{\"browser_config\":[1]}",
                        400,
                        "invalid-field",
                        "browser_config"),
                bad(
                        "POST",
                        "/api/v1/projects/" + project + "/browser-configs",
                        "{\"browser_config\":\"x\"}",
                        400,
                        "invalid-field",
                        "browser_config"),
                bad(
                        "POST",
                        "/api/v1/projects/" + project + "/documents",
                        "{\"name\":\"d\"}",
                        400,
                        "invalid-field",
                        "content"),
                bad("POST", testCases, "{\"test_description\":\"\"}", 400, "invalid-field", "test_description"),
                bad(
                        "POST",
                        testCases,
                        "{\"test_description\":\"x\",\"allowed_domains\":[\"ok.com\",\"not a host\"]}",
                        400,
                        "invalid-field",
                        "allowed_domains[1]"),
                bad(
                        "POST",
                        testCases,
                        "{\"test_description\":\"x\",\"allowed_domains\":\"ok.com\"}",
                        400,
                        "invalid-field",
                        "allowed_domains"),
                bad(
                        "POST",
                        testCases,
                        "{\"test_description\":\"x\",\"tag_ids\":[\"TAG\",\"nope\"]}",
                        422,
                        "unknown-reference",
                        "tag_ids[1]"),
                bad(
                        "POST",
                        testCases,
                        "{\"test_description\":\"x\",\"tag_ids\":[\"FOREIGN\"]}",
                        422,
                        "unknown-reference",
                        "tag_ids[0]"),
                bad(
                        "POST",
                        testCases,
                        "{\"test_description\":\"x\",\"browser_config_ids\":[\"TAG\"]}",
                        422,
                        "unknown-reference",
                        "browser_config_ids[0]"),
                bad(
                        "POST",
                        testCases,
                        "{\"test_description\":\"x\",\"document_id\":\"TESTCASE\"}",
                        422,
                        "unknown-reference",
                        "document_id"),
                bad(
                        "POST",
                        testCases,
                        "{\"test_description\":\"" + "x".repeat(20_001) + "\"}",
                        400,
                        "invalid-field",
                        "test_description"),
                bad(
                        "PATCH",
                        "/api/v1/test-cases/TESTCASE",
                        "{\"test_description\":null}",
                        400,
                        "invalid-field",
                        "test_description"),
                bad(
                        "PATCH",
                        "/api/v1/test-cases/TESTCASE",
                        "{\"tag_ids\":[\"nope\"]}",
                        422,
                        "unknown-reference",
                        "tag_ids[0]"),
                bad("PATCH", "/api/v1/test-cases/TESTCASE", "{\"version\":3}", 400, "invalid-field", "version"),
                bad(
                        "PATCH",
                        "/api/v1/documents/DOCUMENT",
                        "{\"test_case_id\":\"nope\"}",
                        422,
                        "unknown-reference",
                        "test_case_id"),
                bad(
                        "POST",
                        "/api/v1/organizations/ORG/members",
                        "{\"user_id\":\"u\",\"role\":\"owner\"}",
                        400,
                        "invalid-field",
                        "role"),
                bad("POST", "/api/v1/organizations/ORG/members", "{\"user_id\":\"u\"}", 400, "invalid-field", "role"),
                bad(
                        "PATCH",
                        "/api/v1/organizations/ORG/members/nobody",
                        "{\"role\":\"guest\"}",
                        404,
                        "not-found",
                        null),
                bad("PATCH", "/api/v1/projects/nope", "{\"name\":\"x\"}", 404, "not-found", null),
                bad("PATCH", "/api/v1/tags/TESTCASE", "{\"name\":\"x\"}", 404, "not-found", null),
                bad(
                        "POST",
                        "/api/v1/projects/TAG/tags",
                        "{\"name\":\"x\",\"color\":\"#000000\"}",
                        404,
                        "not-found",
                        null));
    }

    private static Arguments bad(String method, String path, String body, int status, String type, String field) {
        return Arguments.of(method, path, body, status, type, field);
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @MethodSource("badRequests")
    void refusesWithAProblemNamingTheFieldAndWritesNothing(
            String method, String path, String body, int status, String type, String field) {
        String resolved = path.replace("TESTCASE", testCase)
                .replace("DOCUMENT", document)
                .replace("FOREIGN", foreignTag)
                .replace("TAG", tag)
                .replace("ORG", org);
        String resolvedBody = body.replace("TESTCASE", testCase)
                .replace("FOREIGN", foreignTag)
                .replace("TAG", tag);
        long before = eventCount();

        Api.Response response = api().as(admin).send(method, resolved, resolvedBody);

        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo("https://traverse.dev/problems/" + type);
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("detail").asText()).isNotBlank();
        assertThat(response.json().get("request_id").asText()).isEqualTo(response.header("X-Request-Id"));
        if (field != null) {
            assertThat(response.json().at("/errors/0/field").asText()).isEqualTo(field);
        }
        assertThat(eventCount()).as("events written by a refused request").isEqualTo(before);
    }

    @Test
    void wrongMediaTypeAndMethodAreProblemsToo() {
        Api api = api().as(admin);
        Api.Response text = api.header("Content-Type", "text/plain").send("POST", "/api/v1/organizations", null);
        assertThat(text.status()).isIn(400, 415);
        assertThat(text.header("Content-Type")).isEqualTo("application/problem+json");
        Api.Response method = api.send("PUT", "/api/v1/organizations/" + org, "{}");
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.json().get("type").asText()).startsWith("https://traverse.dev/problems/");
        Api.Response unknown = api.get("/api/v1/nothing-here");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asText()).startsWith("https://traverse.dev/problems/");
    }

    @Test
    void badQueryParametersNameTheParameter() {
        Api api = api().as(admin);
        Api.Response limit = api.get("/api/v1/projects/" + project + "/tags?limit=0");
        assertThat(limit.status()).isEqualTo(400);
        assertThat(limit.json().at("/errors/0/field").asText()).isEqualTo("limit");
        Api.Response notNumber = api.get("/api/v1/projects/" + project + "/tags?limit=ten");
        assertThat(notNumber.status()).isEqualTo(400);
        assertThat(notNumber.json().at("/errors/0/field").asText()).isEqualTo("limit");
        Api.Response cursor = api.get("/api/v1/projects/" + project + "/tags?cursor=garbage");
        assertThat(cursor.status()).isEqualTo(400);
        assertThat(cursor.json().at("/errors/0/field").asText()).isEqualTo("cursor");
    }

    @Test
    void unauthenticatedCallsGetA401ProblemThatNeverEchoesTheToken() {
        Api.Response none = api().get("/api/v1/organizations/" + org);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(none.header("Content-Type")).isEqualTo("application/problem+json");
        String forged = dev.traverse.app.Tokens.sign(
                "some-other-secret-that-is-long-enough-000",
                admin,
                java.time.Instant.now().plusSeconds(60));
        Api.Response bad = api().withToken(forged).get("/api/v1/organizations/" + org);
        assertThat(bad.status()).isEqualTo(401);
        assertThat(bad.body()).doesNotContain(forged);
        String expired = dev.traverse.app.Tokens.sign(
                dev.traverse.app.Tokens.SECRET, admin, java.time.Instant.now().minusSeconds(600));
        assertThat(api().withToken(expired).get("/api/v1/organizations/" + org).status())
                .isEqualTo(401);
        String anonymous = dev.traverse.app.Tokens.sign(
                dev.traverse.app.Tokens.SECRET, null, java.time.Instant.now().plusSeconds(600));
        assertThat(api().withToken(anonymous).get("/api/v1/organizations").status())
                .isEqualTo(401);
        assertThat(api().withToken("not.a.jwt")
                        .post("/api/v1/organizations", "{\"name\":\"x\"}")
                        .status())
                .isEqualTo(401);
    }
}
