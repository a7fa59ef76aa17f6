package dev.traverse.app.isolation;

import dev.traverse.api.access.ResourceKind;
import dev.traverse.app.Api;
import dev.traverse.app.reports.Multipart;
import dev.traverse.testsupport.SharedFixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One organization with one object of every kind, made through the API by its admin; also makes fresh objects for
 * calls that change or delete what they address, so a successful call never spoils a later cell.
 */
final class Tenant {

    static final String REPORT = "reports/vitest_captain-fixture.json";

    final String label;
    final String admin;
    final String guest;
    final String member;
    final String organization;
    final String project;
    /** A second project of the organization, for API keys limited to it. */
    final String otherProject;

    final String guestMembership;
    final String tag;
    final String browserConfig;
    final String document;
    final String testCase;
    final String traversal;
    /** A traversal with one recorded brain state, whose action {@link #action} runs can record history for. */
    final String recordedTraversal;

    final String action;
    final String run;
    final String secret;
    final String report;
    final String artifact;
    /** An API key (read) that is only ever addressed, never used. */
    final String spareKey;

    private final Api api;

    private Tenant(Api base, String label) {
        this.label = label;
        this.admin = unique("admin-" + label);
        this.guest = unique("guest-" + label);
        this.member = unique("member-" + label);
        this.api = base.as(admin);
        organization = id("/api/v1/organizations", "{'name':'Tenant " + label + "'}");
        project = newProject();
        otherProject = newProject();
        guestMembership = addMember(guest, "guest");
        addMember(member, "member");
        tag = newTag();
        browserConfig = newBrowserConfig();
        document = newDocument();
        testCase = id(
                "/api/v1/projects/" + project + "/test-cases",
                "{'test_description':'Buy a book','browser_config_ids':['" + browserConfig + "']}");
        traversal = newTraversal();
        recordedTraversal = newTraversal();
        action = expect(api.post("/api/v1/traversals/" + recordedTraversal + "/brain-states", json(brainState())))
                .json()
                .at("/brain_states/0/actions/0/action_id")
                .asText();
        run = newRun();
        secret = newSecret();
        report = expect(upload("/api/v1/projects/" + project + "/reports", report()))
                .id();
        artifact = expect(api.postBytes("/api/v1/artifacts?project_id=" + project, artifactBytes(), "application/json"))
                .json()
                .get("sha256")
                .asText();
        spareKey = newKey();
    }

    static Tenant create(Api base, String label) {
        return new Tenant(base, label);
    }

    /** The shared object of {@code kind}; audit endpoints (any kind) address the project. */
    String id(ResourceKind kind) {
        return switch (kind) {
            case ORGANIZATION -> organization;
            case PROJECT, ANY -> project;
            case TAG -> tag;
            case BROWSER_CONFIG -> browserConfig;
            case DOCUMENT -> document;
            case TEST_CASE -> testCase;
            case TRAVERSAL -> traversal;
            case RUN -> run;
            case SECRET -> secret;
            case REPORT -> report;
            case ARTIFACT -> artifact;
        };
    }

    /** The second path variables ({@code {memberId}}, {@code {keyId}}, {@code {secretId}}) naming shared objects. */
    Map<String, String> variables() {
        return Map.of("memberId", guestMembership, "keyId", spareKey, "secretId", secret);
    }

    String newProject() {
        return id("/api/v1/organizations/" + organization + "/projects", "{'name':'Web','default_url_route':'/'}");
    }

    /** A project with a secret, hence with a data key to destroy. */
    String newProjectWithDataKey() {
        String fresh = newProject();
        id("/api/v1/projects/" + fresh + "/secrets", secretBody());
        return fresh;
    }

    String newMember() {
        return addMember(unique("joiner-" + label), "guest");
    }

    String newTag() {
        return id("/api/v1/projects/" + project + "/tags", "{'name':'" + unique("tag") + "','color':'#1f77b4'}");
    }

    String newBrowserConfig() {
        return id("/api/v1/projects/" + project + "/browser-configs", "{'browser_config':{'browser':'chromium'}}");
    }

    String newDocument() {
        return id("/api/v1/projects/" + project + "/documents", "{'name':'Spec','content':'Log in, then pay.'}");
    }

    String newTestCase() {
        return id("/api/v1/projects/" + project + "/test-cases", "{'test_description':'Pay'}");
    }

    String newTraversal() {
        return id("/api/v1/test-cases/" + testCase + "/traversals", "{'browser_config_id':'" + browserConfig + "'}");
    }

    /** A RUNNING run pinned to the recorded path, so history may name {@link #action}. */
    String newRun() {
        return id("/api/v1/traversals/" + recordedTraversal + "/runs", "{'run_type':'AGENTIC'}");
    }

    String newSecret() {
        return id("/api/v1/projects/" + project + "/secrets", secretBody());
    }

    /** A fresh API key's id. */
    String newKey() {
        return newKey(null, null, "read").id();
    }

    /** An API key of the organization, limited to {@code projectId} unless null, expiring at {@code expiresAt}. */
    Key newKey(String projectId, Instant expiresAt, String... scopes) {
        String body = "{'scopes':["
                + Arrays.stream(scopes).map(scope -> "'" + scope + "'").collect(Collectors.joining(","))
                + "],'project_id':" + quoted(projectId) + ",'expires_at':" + quoted(expiresAt) + "}";
        Api.Response created = expect(api.post("/api/v1/organizations/" + organization + "/api-keys", json(body)));
        return new Key(created.id(), created.json().get("key").asText());
    }

    void revoke(Key key) {
        expect(api.delete("/api/v1/organizations/" + organization + "/api-keys/" + key.id()));
    }

    /** An API key: its id (for the URLs that manage it) and the key itself (the bearer token). */
    record Key(String id, String token) {}

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** JSON written with single quotes, which Java strings carry without escapes. */
    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    static String brainState() {
        return "{'idx_in_traversal':0,'valid':true,'next_goal':'open the shop','actions':[{'idx_in_brain_state':0,"
                + "'action':{'navigate':{'url':'https://shop.example.com'}}}]}";
    }

    static String secretBody() {
        return "{'secret_name':'S_" + UUID.randomUUID().toString().replace("-", "") + "','secret_value':'hunter2'}";
    }

    /** A CI report as {@code curl -F} sends it. */
    static Multipart report() {
        return Multipart.of(SharedFixtures.bytes(REPORT), "branch", "main");
    }

    /** JSON bytes no other upload has, so the artifact belongs to one organization only. */
    static byte[] artifactBytes() {
        return json("{'upload':'" + UUID.randomUUID() + "'}").getBytes(StandardCharsets.UTF_8);
    }

    private Api.Response upload(String path, Multipart form) {
        return api.postBytes(path, form.body(), form.contentType());
    }

    private String addMember(String userId, String role) {
        return id(
                "/api/v1/organizations/" + organization + "/members",
                "{'user_id':'" + userId + "','role':'" + role + "'}");
    }

    private String id(String path, String singleQuotedJson) {
        return expect(api.post(path, json(singleQuotedJson))).id();
    }

    private static String quoted(Object value) {
        return value == null ? "null" : "'" + value + "'";
    }

    private static Api.Response expect(Api.Response response) {
        if (response.status() / 100 != 2) {
            throw new AssertionError("fixture not made: " + response);
        }
        return response;
    }
}
