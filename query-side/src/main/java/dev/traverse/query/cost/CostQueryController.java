package dev.traverse.query.cost;

import dev.traverse.api.access.Access;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.query.http.BadQueryParameterException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cost rollups. {@code group_by} is day, model or test_case (organizations also project); {@code from} and {@code
 * to} are UTC dates, both included, default the last 30 days.
 */
@RestController
class CostQueryController {

    private static final int MAX_DAYS = 3_660;

    private final CostQueries queries;

    CostQueryController(CostQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/projects/{id}/costs")
    @Access(value = Permission.READ, kind = ResourceKind.PROJECT, resource = "id")
    CostQueries.CostRollup project(
            @PathVariable String id,
            @RequestParam(name = "group_by", defaultValue = "day") String groupBy,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        CostQueries.GroupBy grouping = groupBy(groupBy);
        if (grouping == CostQueries.GroupBy.PROJECT) {
            throw new BadQueryParameterException("group_by", "a project's costs group by day, model or test_case");
        }
        return rollup("project_id", id, grouping, from, to);
    }

    @GetMapping("/api/v1/organizations/{id}/costs")
    @Access(value = Permission.READ, kind = ResourceKind.ORGANIZATION, resource = "id")
    CostQueries.CostRollup organization(
            @PathVariable String id,
            @RequestParam(name = "group_by", defaultValue = "day") String groupBy,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        return rollup("organization_id", id, groupBy(groupBy), from, to);
    }

    private CostQueries.CostRollup rollup(
            String scope, String id, CostQueries.GroupBy groupBy, LocalDate from, LocalDate to) {
        LocalDate last = to != null ? to : LocalDate.now(ZoneOffset.UTC);
        LocalDate first = from != null ? from : last.minusDays(29);
        if (first.isAfter(last)) {
            throw new BadQueryParameterException("from", "from must not be after to");
        }
        if (first.plusDays(MAX_DAYS).isBefore(last)) {
            throw new BadQueryParameterException("from", "a rollup spans at most " + MAX_DAYS + " days");
        }
        return queries.rollup(scope, id, groupBy, first, last);
    }

    private static CostQueries.GroupBy groupBy(String value) {
        return Arrays.stream(CostQueries.GroupBy.values())
                .filter(candidate -> candidate.wireName().equals(value.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new BadQueryParameterException(
                        "group_by", "group_by is one of day, model, test_case, project"));
    }
}
