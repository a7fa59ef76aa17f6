package dev.traverse.app.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.awaitility.Awaitility.await;

import dev.traverse.api.access.ResourceKind;
import dev.traverse.app.Api;
import dev.traverse.app.TraverseIT;
import dev.traverse.app.isolation.Caller.Outcome;
import dev.traverse.app.isolation.Caller.Target;
import dev.traverse.app.isolation.Row.Body;
import dev.traverse.command.id.Ids;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Tenant isolation over every endpoint: each row of {@link EndpointMatrix} is called by every {@link Caller} on an
 * object of organization A, the same kind of object of organization B and a missing id. Another organization's object
 * answers exactly like a missing one, refused calls write nothing, and the matrix must name every endpoint there is.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationIT extends TraverseIT {

    private static final List<Target> ADDRESSED = List.of(Target.OF_A, Target.OF_B, Target.MISSING);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private Tenant a;
    private Tenant b;
    private Keys keys;
    private StoredState stored;
    private final List<String> failures = new ArrayList<>();
    private String unauthorizedBody;
    private int cells;

    @BeforeAll
    void makeBothOrganizations() {
        a = Tenant.create(api(), "A");
        b = Tenant.create(api(), "B");
        keys = new Keys(a);
        stored = new StoredState(jdbc);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> api().withToken(keys.expired())
                                .get("/api/v1/projects/" + a.project)
                                .status()
                        == 401);
    }

    @Test
    void theMatrixHasOneRowForEveryEndpointAndNoOther() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue; // Spring's error controller; actuator endpoints have their own handler mapping
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    endpoints.add("ANY " + pattern);
                }
                methods.forEach(httpMethod -> endpoints.add(httpMethod + " " + pattern));
            }
        });
        List<String> rows = EndpointMatrix.ROWS.stream().map(Row::endpoint).toList();
        Set<String> withoutRow = new TreeSet<>(endpoints);
        rows.forEach(withoutRow::remove);
        Set<String> withoutEndpoint = new TreeSet<>(rows);
        withoutEndpoint.removeAll(endpoints);

        assertSoftly(softly -> {
            softly.assertThat(rows).as("rows of EndpointMatrix").doesNotHaveDuplicates();
            softly.assertThat(withoutRow)
                    .as("endpoints without a row in EndpointMatrix")
                    .isEmpty();
            softly.assertThat(withoutEndpoint)
                    .as("rows of EndpointMatrix naming no endpoint")
                    .isEmpty();
        });
    }

    @Test
    void everyCallerGetsWhatTheMatrixSaysAndRefusedCallsWriteNothing() {
        long started = System.nanoTime();
        for (Row row : EndpointMatrix.ROWS) {
            Map<Target, Map<String, String>> variables = variables(row);
            Map<String, String> before = stored.fingerprint();
            refusedCalls(row, variables);
            if (row.hasSecondary()) {
                foreignSecondaryIds(row, variables.get(Target.OF_A));
            }
            Map<String, String> after = stored.fingerprint();
            if (!after.equals(before)) {
                failures.add(
                        row.endpoint() + ": refused calls changed stored state " + StoredState.changes(before, after));
            }
            allowedCalls(row, variables);
        }
        System.out.printf(
                "Tenant isolation: %d endpoints, %d cells in %d s%n",
                EndpointMatrix.ROWS.size(),
                cells,
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
        assertThat(failures)
                .as("cells answering otherwise than the matrix says")
                .isEmpty();
    }

    /** Every refused cell on the shared objects: the expected status, no event, and one body for foreign and missing. */
    private void refusedCalls(Row row, Map<Target, Map<String, String>> variables) {
        for (Caller caller : Caller.values()) {
            Map<Target, String> notFound = new EnumMap<>(Target.class);
            for (Target target : targets(row)) {
                Outcome expected = caller.expect(row, target);
                if (expected == Outcome.SUCCESS) {
                    continue;
                }
                long events = eventCount();
                Api.Response response = call(row, caller, target, variables.get(target));
                check(row, caller + " on " + target, expected, response);
                if (eventCount() != events) {
                    failures.add(row.endpoint() + " " + caller + " on " + target + ": refused but wrote events");
                }
                String body = Answers.normalized(response, variables);
                if (expected == Outcome.NOT_FOUND) {
                    notFound.put(target, body);
                } else if (expected == Outcome.UNAUTHORIZED) {
                    if (unauthorizedBody == null) {
                        unauthorizedBody = body;
                    }
                    sameBody(row, caller + " and the first 401 of the matrix", unauthorizedBody, body);
                }
            }
            String missing = notFound.get(Target.MISSING);
            notFound.forEach((target, body) ->
                    sameBody(row, caller + " on " + target + " and on a missing id", String.valueOf(missing), body));
        }
    }

    /**
     * A second path variable naming another organization's object, inside the caller's own first one, answers like a
     * missing id there and writes nothing.
     */
    private void foreignSecondaryIds(Row row, Map<String, String> own) {
        String variable = List.of("memberId", "keyId", "secretId").stream()
                .filter(name -> row.pattern().contains("{" + name + "}"))
                .findFirst()
                .orElseThrow();
        String foreignId = b.variables().get(variable);
        String missingId = Ids.next();
        long events = eventCount();
        Api.Response foreign = call(row, Caller.ADMIN_A, Target.OF_A, with(own, variable, foreignId));
        Api.Response missing = call(row, Caller.ADMIN_A, Target.OF_A, with(own, variable, missingId));
        for (Api.Response response : List.of(foreign, missing)) {
            cells++;
            if (response.status() != row.secondaryStatus()) {
                failures.add(row.endpoint() + " with " + variable + " of B or missing: expected "
                        + row.secondaryStatus() + ", got " + Answers.abbreviated(response));
            }
        }
        sameBody(
                row,
                variable + " of B and a missing one",
                Answers.normalized(missing, Map.of(Target.MISSING, Map.of(variable, missingId))),
                Answers.normalized(foreign, Map.of(Target.OF_B, Map.of(variable, foreignId))));
        if (eventCount() != events) {
            failures.add(row.endpoint() + " with " + variable + " of B: wrote events");
        }
    }

    /** Every cell expected to succeed, each on a fresh object when the call changes or deletes what it addresses. */
    private void allowedCalls(Row row, Map<Target, Map<String, String>> variables) {
        for (Caller caller : Caller.values()) {
            for (Target target : targets(row)) {
                if (caller.expect(row, target) != Outcome.SUCCESS) {
                    continue;
                }
                Map<String, String> addressed = new HashMap<>(variables.get(target));
                if (row.fresh() != null) {
                    addressed.putAll(row.fresh().apply(tenant(target)));
                }
                check(row, caller + " on " + target, Outcome.SUCCESS, call(row, caller, target, addressed));
            }
        }
    }

    private void check(Row row, String cell, Outcome expected, Api.Response response) {
        cells++;
        if (!expected.matches(response.status())) {
            failures.add(
                    row.endpoint() + " " + cell + ": expected " + expected + ", got " + Answers.abbreviated(response));
        }
    }

    private void sameBody(Row row, String cells, String expected, String actual) {
        if (!expected.equals(actual)) {
            failures.add(row.endpoint() + " " + cells + " answer differently:\n  " + expected + "\n  " + actual);
        }
    }

    private Api.Response call(Row row, Caller caller, Target target, Map<String, String> variables) {
        String path =
                expand(row.pattern(), variables) + (row.query().isEmpty() ? "" : "?" + expand(row.query(), variables));
        Body body = row.body().apply(tenant(target));
        return as(caller, row).send(row.method(), path, body.bytes(), body.contentType());
    }

    private Api as(Caller caller, Row row) {
        return switch (caller) {
            case ANONYMOUS -> api();
            case GUEST_A -> api().as(a.guest);
            case MEMBER_A -> api().as(a.member);
            case ADMIN_A -> api().as(a.admin);
            case ADMIN_B -> api().as(b.admin);
            default -> api().withToken(keys.token(caller, row));
        };
    }

    /** The path variables of each target: the shared objects of A or B, or a well-formed id that names nothing. */
    private Map<Target, Map<String, String>> variables(Row row) {
        Map<Target, Map<String, String>> variables = new EnumMap<>(Target.class);
        for (Target target : Target.values()) {
            Map<String, String> values = new HashMap<>(tenant(target).variables());
            values.put("name", "catalog");
            if (row.kind() != null) {
                String id = target == Target.MISSING
                        ? missingId(row.kind())
                        : tenant(target).id(row.kind());
                values.put("id", id);
                values.put("sha256", id);
            }
            variables.put(target, values);
        }
        return variables;
    }

    private Tenant tenant(Target target) {
        return target == Target.OF_B ? b : a;
    }

    private static List<Target> targets(Row row) {
        return row.kind() == null ? List.of(Target.NONE) : ADDRESSED;
    }

    private static String missingId(ResourceKind kind) {
        if (kind == ResourceKind.ARTIFACT) {
            byte[] sha256 = new byte[32];
            RANDOM.nextBytes(sha256);
            return HexFormat.of().formatHex(sha256);
        }
        return Ids.next();
    }

    private static String expand(String template, Map<String, String> variables) {
        String expanded = template;
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            expanded = expanded.replace("{" + variable.getKey() + "}", variable.getValue());
        }
        return expanded;
    }

    private static Map<String, String> with(Map<String, String> variables, String name, String value) {
        Map<String, String> changed = new HashMap<>(variables);
        changed.put(name, value);
        return changed;
    }
}
