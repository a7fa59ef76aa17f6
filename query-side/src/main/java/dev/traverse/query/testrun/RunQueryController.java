package dev.traverse.query.testrun;

import dev.traverse.api.access.Access;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.api.testrun.RunState;
import dev.traverse.api.testrun.RunType;
import dev.traverse.query.http.BadQueryParameterException;
import dev.traverse.query.http.Found;
import dev.traverse.query.paging.Page;
import dev.traverse.query.paging.PageRequest;
import dev.traverse.query.testrun.RunViews.HistoryPage;
import dev.traverse.query.testrun.RunViews.RunStatsView;
import dev.traverse.query.testrun.RunViews.RunView;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads runs, a run's history, a project's runs and a test case's run statistics. */
@RestController
class RunQueryController {

    private final RunQueries queries;

    RunQueryController(RunQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/runs/{id}")
    @Access(value = Permission.READ, kind = ResourceKind.RUN, resource = "id")
    ResponseEntity<RunView> run(
            @PathVariable String id, @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String etags) {
        return Found.of(queries.run(id), RunView::version, etags, "run");
    }

    @GetMapping("/api/v1/runs/{id}/history")
    @Access(value = Permission.READ, kind = ResourceKind.RUN, resource = "id")
    HistoryPage history(
            @PathVariable String id,
            @RequestParam(name = "from_idx", defaultValue = "0") int fromIdx,
            @RequestParam(required = false) Integer limit) {
        int size = limit == null ? 100 : limit;
        if (size < 1 || size > 1000) {
            throw new BadQueryParameterException("limit", "limit must be between 1 and 1000");
        }
        if (fromIdx < 0) {
            throw new BadQueryParameterException("from_idx", "from_idx must not be negative");
        }
        return queries.history(id, fromIdx, size);
    }

    /** {@code from}/{@code to} are ISO-8601 instants bounding the start time. */
    @GetMapping("/api/v1/projects/{id}/runs")
    @Access(value = Permission.READ, kind = ResourceKind.PROJECT, resource = "id")
    Page<RunView> runs(
            @PathVariable String id,
            @RequestParam(required = false) RunState state,
            @RequestParam(name = "run_type", required = false) RunType runType,
            @RequestParam(name = "test_case_id", required = false) String testCaseId,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new BadQueryParameterException("to", "to must be after from");
        }
        return queries.runs(
                id,
                state == null ? null : state.name(),
                runType == null ? null : runType.name(),
                testCaseId,
                from,
                to,
                PageRequest.of(limit, cursor));
    }

    @GetMapping("/api/v1/test-cases/{id}/run-stats")
    @Access(value = Permission.READ, kind = ResourceKind.TEST_CASE, resource = "id")
    RunStatsView stats(@PathVariable String id) {
        return queries.stats(id).orElseGet(() -> new RunStatsView(id, 0, 0, 0, 0, 0, null, null, null, null, null));
    }
}
