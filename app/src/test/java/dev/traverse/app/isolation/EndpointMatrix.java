package dev.traverse.app.isolation;

import static dev.traverse.api.access.ResourceKind.ANY;
import static dev.traverse.api.access.ResourceKind.ARTIFACT;
import static dev.traverse.api.access.ResourceKind.BROWSER_CONFIG;
import static dev.traverse.api.access.ResourceKind.DOCUMENT;
import static dev.traverse.api.access.ResourceKind.ORGANIZATION;
import static dev.traverse.api.access.ResourceKind.PROJECT;
import static dev.traverse.api.access.ResourceKind.REPORT;
import static dev.traverse.api.access.ResourceKind.RUN;
import static dev.traverse.api.access.ResourceKind.SECRET;
import static dev.traverse.api.access.ResourceKind.TAG;
import static dev.traverse.api.access.ResourceKind.TEST_CASE;
import static dev.traverse.api.access.ResourceKind.TRAVERSAL;
import static dev.traverse.app.isolation.Row.Need.ADMIN;
import static dev.traverse.app.isolation.Row.Need.AUDIT;
import static dev.traverse.app.isolation.Row.Need.KEY_ONLY;
import static dev.traverse.app.isolation.Row.Need.OPERATOR;
import static dev.traverse.app.isolation.Row.Need.READ;
import static dev.traverse.app.isolation.Row.Need.SIGNED_IN;
import static dev.traverse.app.isolation.Row.Need.WRITE;
import static dev.traverse.app.isolation.Row.row;

import dev.traverse.app.isolation.Row.Body;
import dev.traverse.testsupport.SharedFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Every endpoint under {@code /api/v1}, one row each, saying who may call it. {@link TenantIsolationIT} fails when an
 * endpoint has no row or a row has no endpoint, so a new endpoint cannot ship without stating its access here.
 */
final class EndpointMatrix {

    /** Keys may not call the endpoint, whatever their scopes. */
    static final String NO_KEY = null;

    static final String RUNS = "runs:write";
    static final String REPORTS = "reports:write";
    static final String REVEAL = "secrets:reveal";
    static final String AUDIT_SCOPE = "audit";

    static final List<String> SCOPES = List.of("read", RUNS, REPORTS, REVEAL, AUDIT_SCOPE);

    private static final byte[] BROWSER_USE_HISTORY = resource("/browser-use/hand-written-0.9-format.json");

    private static final String HISTORY_ELEMENT = "{'idx_in_run':0,'action_started_at':'2026-11-22T10:00:00Z',"
            + "'action_finished_at':'2026-11-22T10:00:01Z','history_element_state':'PASSED','action_id':'";

    static final List<Row> ROWS = List.of(
            // Organizations, members, API keys, prices
            row("POST /api/v1/organizations", null, SIGNED_IN, NO_KEY).json("{'name':'Org %s'}"),
            row("GET /api/v1/organizations", null, SIGNED_IN, NO_KEY),
            row("GET /api/v1/organizations/{id}", ORGANIZATION, READ, "read"),
            row("PATCH /api/v1/organizations/{id}", ORGANIZATION, ADMIN, NO_KEY).json("{'name':'Org %s'}"),
            row("GET /api/v1/organizations/{id}/members", ORGANIZATION, READ, "read"),
            row("GET /api/v1/organizations/{id}/members/{memberId}", ORGANIZATION, READ, "read")
                    .secondary(404),
            row("POST /api/v1/organizations/{id}/members", ORGANIZATION, ADMIN, NO_KEY)
                    .json("{'user_id':'%s','role':'guest'}"),
            row("PATCH /api/v1/organizations/{id}/members/{memberId}", ORGANIZATION, ADMIN, NO_KEY)
                    .json("{'role':'member'}")
                    .fresh("memberId", Tenant::newMember)
                    .secondary(404),
            row("DELETE /api/v1/organizations/{id}/members/{memberId}", ORGANIZATION, ADMIN, NO_KEY)
                    .fresh("memberId", Tenant::newMember)
                    .secondary(404),
            row("POST /api/v1/organizations/{id}/projects", ORGANIZATION, WRITE, NO_KEY)
                    .json("{'name':'Web %s'}"),
            row("GET /api/v1/organizations/{id}/projects", ORGANIZATION, READ, "read"),
            row("POST /api/v1/organizations/{id}/api-keys", ORGANIZATION, ADMIN, NO_KEY)
                    .json("{'scopes':['read']}"),
            row("GET /api/v1/organizations/{id}/api-keys", ORGANIZATION, ADMIN, NO_KEY),
            row("DELETE /api/v1/organizations/{id}/api-keys/{keyId}", ORGANIZATION, ADMIN, NO_KEY)
                    .fresh("keyId", Tenant::newKey)
                    .secondary(404),
            row("GET /api/v1/organizations/{id}/costs", ORGANIZATION, READ, "read"),
            row("GET /api/v1/organizations/{id}/model-prices", ORGANIZATION, READ, "read"),
            row("PUT /api/v1/organizations/{id}/model-prices", ORGANIZATION, ADMIN, NO_KEY)
                    .json("{'model_pattern':'isolation-*','input_price_per_token':'0.000001',"
                            + "'output_price_per_token':'0.000002'}"),
            // Projects
            row("GET /api/v1/projects/{id}", PROJECT, READ, "read"),
            row("PATCH /api/v1/projects/{id}", PROJECT, WRITE, NO_KEY).json("{'name':'Web %s'}"),
            row("DELETE /api/v1/projects/{id}", PROJECT, ADMIN, NO_KEY).freshId(Tenant::newProject),
            row("GET /api/v1/projects/{id}/runs", PROJECT, READ, "read"),
            row("GET /api/v1/projects/{id}/costs", PROJECT, READ, "read"),
            // Tags
            row("POST /api/v1/projects/{id}/tags", PROJECT, WRITE, NO_KEY).json("{'name':'%s','color':'#00ff00'}"),
            row("GET /api/v1/projects/{id}/tags", PROJECT, READ, "read"),
            row("GET /api/v1/tags/{id}", TAG, READ, "read"),
            row("PATCH /api/v1/tags/{id}", TAG, WRITE, NO_KEY).json("{'name':'%s'}"),
            row("DELETE /api/v1/tags/{id}", TAG, WRITE, NO_KEY).freshId(Tenant::newTag),
            // Browser configs
            row("POST /api/v1/projects/{id}/browser-configs", PROJECT, WRITE, NO_KEY)
                    .json("{'browser_config':{'browser':'firefox'}}"),
            row("GET /api/v1/projects/{id}/browser-configs", PROJECT, READ, "read"),
            row("GET /api/v1/browser-configs/{id}", BROWSER_CONFIG, READ, "read"),
            row("PATCH /api/v1/browser-configs/{id}", BROWSER_CONFIG, WRITE, NO_KEY)
                    .json("{'browser_config':{'browser':'chromium','locale':'%s'}}"),
            row("DELETE /api/v1/browser-configs/{id}", BROWSER_CONFIG, WRITE, NO_KEY)
                    .freshId(Tenant::newBrowserConfig),
            // Documents
            row("POST /api/v1/projects/{id}/documents", PROJECT, WRITE, NO_KEY)
                    .json("{'name':'Spec %s','content':'Pay.'}"),
            row("GET /api/v1/projects/{id}/documents", PROJECT, READ, "read"),
            row("GET /api/v1/documents/{id}", DOCUMENT, READ, "read"),
            row("PATCH /api/v1/documents/{id}", DOCUMENT, WRITE, NO_KEY).json("{'name':'Spec %s'}"),
            row("DELETE /api/v1/documents/{id}", DOCUMENT, WRITE, NO_KEY).freshId(Tenant::newDocument),
            // Test cases
            row("POST /api/v1/projects/{id}/test-cases", PROJECT, WRITE, NO_KEY).json("{'test_description':'Case %s'}"),
            row("GET /api/v1/projects/{id}/test-cases", PROJECT, READ, "read"),
            row("GET /api/v1/test-cases/{id}", TEST_CASE, READ, "read"),
            row("PATCH /api/v1/test-cases/{id}", TEST_CASE, WRITE, NO_KEY).json("{'extra_rules':'%s'}"),
            row("DELETE /api/v1/test-cases/{id}", TEST_CASE, WRITE, NO_KEY).freshId(Tenant::newTestCase),
            row("GET /api/v1/test-cases/{id}/run-stats", TEST_CASE, READ, "read"),
            // Traversals and their paths
            row("POST /api/v1/test-cases/{id}/traversals", TEST_CASE, WRITE, NO_KEY)
                    .json(tenant -> "{'browser_config_id':'" + tenant.browserConfig + "'}"),
            row("GET /api/v1/test-cases/{id}/traversals", TEST_CASE, READ, "read"),
            row("GET /api/v1/traversals/{id}", TRAVERSAL, READ, "read"),
            row("POST /api/v1/traversals/{id}/brain-states", TRAVERSAL, WRITE, RUNS)
                    .json(Tenant.brainState())
                    .freshId(Tenant::newTraversal),
            row("POST /api/v1/traversals/{id}/import/browser-use", TRAVERSAL, WRITE, RUNS)
                    .body(tenant -> new Body(BROWSER_USE_HISTORY, "application/json"))
                    .freshId(Tenant::newTraversal),
            // A foreign secret is unknown in the traversal's project (422), and detaching one never attached is a
            // no-op.
            row("PUT /api/v1/traversals/{id}/secrets/{secretId}", TRAVERSAL, WRITE, NO_KEY)
                    .secondary(422),
            row("DELETE /api/v1/traversals/{id}/secrets/{secretId}", TRAVERSAL, WRITE, NO_KEY)
                    .secondary(204),
            // Runs
            row("POST /api/v1/traversals/{id}/runs", TRAVERSAL, WRITE, RUNS)
                    .json("{'run_type':'AGENTIC','test_config':{'model':'gpt-4o'}}"),
            row("GET /api/v1/runs/{id}", RUN, READ, "read"),
            row("GET /api/v1/runs/{id}/history", RUN, READ, "read"),
            row("POST /api/v1/runs/{id}/history", RUN, WRITE, RUNS)
                    .json(tenant -> HISTORY_ELEMENT + tenant.action + "'}")
                    .freshId(Tenant::newRun),
            row("POST /api/v1/runs/{id}/costs", RUN, WRITE, RUNS)
                    .json("{'idx':0,'model_type':'gpt-4o','input_token_num':100,'completion_token_num':10}")
                    .freshId(Tenant::newRun),
            row("POST /api/v1/runs/{id}/finish", RUN, WRITE, RUNS)
                    .json("{'state':'PASSED'}")
                    .freshId(Tenant::newRun),
            // Secrets
            row("POST /api/v1/projects/{id}/secrets", PROJECT, WRITE, NO_KEY).json(tenant -> Tenant.secretBody()),
            row("GET /api/v1/projects/{id}/secrets", PROJECT, READ, "read"),
            row("GET /api/v1/secrets/{id}", SECRET, READ, "read"),
            row("PUT /api/v1/secrets/{id}", SECRET, WRITE, NO_KEY).json("{'secret_value':'%s'}"),
            row("DELETE /api/v1/secrets/{id}", SECRET, WRITE, NO_KEY).freshId(Tenant::newSecret),
            row("POST /api/v1/secrets/{id}/reveal", SECRET, KEY_ONLY, REVEAL),
            row("GET /api/v1/secrets/{id}/reveals", SECRET, ADMIN, NO_KEY),
            row("DELETE /api/v1/projects/{id}/data-key", PROJECT, ADMIN, NO_KEY).freshId(Tenant::newProjectWithDataKey),
            // Artifacts
            row("POST /api/v1/artifacts", PROJECT, WRITE, RUNS)
                    .query("project_id={id}")
                    .body(tenant -> new Body(Tenant.artifactBytes(), "application/json")),
            row("GET /api/v1/artifacts/{sha256}", ARTIFACT, READ, "read"),
            // CI reports
            row("POST /api/v1/projects/{id}/reports", PROJECT, WRITE, REPORTS).body(tenant -> Body.of(Tenant.report())),
            row("GET /api/v1/projects/{id}/reports", PROJECT, READ, "read"),
            row("GET /api/v1/reports/{id}", REPORT, READ, "read"),
            row("GET /api/v1/reports/{id}/results", REPORT, READ, "read"),
            row("GET /api/v1/reports/{id}/raw", REPORT, READ, "read"),
            row("GET /api/v1/projects/{id}/test-history", PROJECT, READ, "read").query("test_key=checkout"),
            row("GET /api/v1/projects/{id}/flaky-tests", PROJECT, READ, "read"),
            row("GET /api/v1/projects/{id}/failure-groups", PROJECT, READ, "read"),
            // Audit: an aggregate id of any kind (the matrix uses the project), or the organization
            row("GET /api/v1/audit/aggregates/{id}/events", ANY, AUDIT, AUDIT_SCOPE),
            row("GET /api/v1/audit/aggregates/{id}/state", ANY, AUDIT, AUDIT_SCOPE),
            row("GET /api/v1/audit/organizations/{id}/events", ORGANIZATION, AUDIT, AUDIT_SCOPE),
            row("GET /api/v1/audit/organizations/{id}/verify", ORGANIZATION, AUDIT, AUDIT_SCOPE),
            // Projection administration: platform operators only, never a role or a key
            row("GET /api/v1/admin/projections", null, OPERATOR, NO_KEY),
            row("GET /api/v1/admin/projections/{name}", null, OPERATOR, NO_KEY),
            row("POST /api/v1/admin/projections/{name}/rebuild", null, OPERATOR, NO_KEY),
            row("POST /api/v1/admin/projections/rebuild", null, OPERATOR, NO_KEY));

    private EndpointMatrix() {}

    private static byte[] resource(String name) {
        try (InputStream in = SharedFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
