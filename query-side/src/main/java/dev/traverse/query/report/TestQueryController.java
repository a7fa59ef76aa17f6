package dev.traverse.query.report;

import dev.traverse.api.access.Access;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.query.http.BadQueryParameterException;
import dev.traverse.query.report.ReportViews.FailureGroups;
import dev.traverse.query.report.ReportViews.FlakyTests;
import dev.traverse.query.report.ReportViews.TestHistory;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads across a project's report runs: a test's history, the flakiest tests, failure groups. */
@RestController
class TestQueryController {

    static final int DEFAULT_WINDOW = 20;

    private final TestQueries queries;

    TestQueryController(TestQueries queries) {
        this.queries = queries;
    }

    /** Every result of one test (its {@code test_key}), newest first, across branches unless one is named. */
    @GetMapping("/api/v1/projects/{id}/test-history")
    @Access(value = Permission.READ, kind = ResourceKind.PROJECT, resource = "id")
    TestHistory history(
            @PathVariable String id,
            @RequestParam(name = "test_key") String testKey,
            @RequestParam(required = false) String branch,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return queries.history(id, testKey, branch, bounded("limit", limit, 50, 200), cursor);
    }

    @GetMapping("/api/v1/projects/{id}/flaky-tests")
    @Access(value = Permission.READ, kind = ResourceKind.PROJECT, resource = "id")
    FlakyTests flaky(
            @PathVariable String id,
            @RequestParam(required = false) String branch,
            @RequestParam(required = false) Integer window,
            @RequestParam(required = false) Integer limit) {
        int runs = bounded("window", window, DEFAULT_WINDOW, 500);
        if (runs < 2) {
            throw new BadQueryParameterException("window", "window must be at least 2 runs");
        }
        return new FlakyTests(runs, branch, queries.flaky(id, branch, runs, bounded("limit", limit, 50, 200)));
    }

    /** {@code from}/{@code to} are ISO-8601 instants bounding {@code run_at}. */
    @GetMapping("/api/v1/projects/{id}/failure-groups")
    @Access(value = Permission.READ, kind = ResourceKind.PROJECT, resource = "id")
    FailureGroups failureGroups(
            @PathVariable String id,
            @RequestParam(name = "report_id", required = false) String reportId,
            @RequestParam(required = false) String branch,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) Integer limit) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new BadQueryParameterException("to", "to must be after from");
        }
        return new FailureGroups(queries.failureGroups(
                id, new TestQueries.FailureFilter(reportId, branch, from, to), bounded("limit", limit, 50, 200)));
    }

    private static int bounded(String parameter, Integer value, int fallback, int max) {
        int chosen = value == null ? fallback : value;
        if (chosen < 1 || chosen > max) {
            throw new BadQueryParameterException(parameter, parameter + " must be between 1 and " + max);
        }
        return chosen;
    }
}
