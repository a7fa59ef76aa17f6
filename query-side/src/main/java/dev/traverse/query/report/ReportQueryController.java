package dev.traverse.query.report;

import dev.traverse.api.access.Access;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.api.report.ReportStatus;
import dev.traverse.api.report.TestOutcome;
import dev.traverse.api.report.TestTool;
import dev.traverse.query.http.BadQueryParameterException;
import dev.traverse.query.http.Found;
import dev.traverse.query.paging.Page;
import dev.traverse.query.paging.PageRequest;
import dev.traverse.query.report.ReportViews.ReportView;
import dev.traverse.query.report.ReportViews.ResultPage;
import java.time.Instant;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads report runs: one run with its counts, its test results, and a project's runs. */
@RestController
class ReportQueryController {

    private final ReportQueries queries;

    ReportQueryController(ReportQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/reports/{id}")
    @Access(value = Permission.READ, kind = ResourceKind.REPORT, resource = "id")
    ResponseEntity<ReportView> report(
            @PathVariable String id, @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String etags) {
        return Found.of(queries.report(id), ReportView::version, etags, "report");
    }

    @GetMapping("/api/v1/reports/{id}/results")
    @Access(value = Permission.READ, kind = ResourceKind.REPORT, resource = "id")
    ResultPage results(
            @PathVariable String id,
            @RequestParam(required = false) String outcome,
            @RequestParam(name = "from_idx", defaultValue = "0") int fromIdx,
            @RequestParam(required = false) Integer limit) {
        int size = limit == null ? 100 : limit;
        if (size < 1 || size > 1000) {
            throw new BadQueryParameterException("limit", "limit must be between 1 and 1000");
        }
        if (fromIdx < 0) {
            throw new BadQueryParameterException("from_idx", "from_idx must not be negative");
        }
        return queries.results(id, wire("outcome", outcome, TestOutcome::fromWireName), fromIdx, size);
    }

    /** {@code from}/{@code to} are ISO-8601 instants bounding {@code run_at}. */
    @GetMapping("/api/v1/projects/{id}/reports")
    @Access(value = Permission.READ, kind = ResourceKind.PROJECT, resource = "id")
    Page<ReportView> reports(
            @PathVariable String id,
            @RequestParam(required = false) String branch,
            @RequestParam(required = false) String status,
            @RequestParam(name = "test_tool", required = false) String testTool,
            @RequestParam(name = "commit_hash", required = false) String commitHash,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new BadQueryParameterException("to", "to must be after from");
        }
        return queries.reports(
                id,
                new ReportQueries.RunFilter(
                        branch,
                        wire("status", status, ReportStatus::fromWireName),
                        wire("test_tool", testTool, TestTool::fromWireName),
                        commitHash == null ? null : commitHash.toLowerCase(java.util.Locale.ROOT),
                        from,
                        to),
                PageRequest.of(limit, cursor));
    }

    /** {@code value} checked against an enum of wire names, as its wire name; null stays null. */
    static <E> String wire(String parameter, String value, Function<String, E> parse) {
        if (value == null) {
            return null;
        }
        try {
            parse.apply(value);
            return value;
        } catch (IllegalArgumentException e) {
            throw new BadQueryParameterException(parameter, e.getMessage());
        }
    }
}
