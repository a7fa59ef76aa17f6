package dev.traverse.query.traversal;

import dev.traverse.api.access.Access;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.query.http.BadQueryParameterException;
import dev.traverse.query.http.Found;
import dev.traverse.query.paging.Page;
import dev.traverse.query.paging.PageRequest;
import dev.traverse.query.traversal.TraversalViews.TraversalSummary;
import dev.traverse.query.traversal.TraversalViews.TraversalView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads traversals and their recorded paths. */
@RestController
class TraversalQueryController {

    private final TraversalQueries queries;

    TraversalQueryController(TraversalQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/test-cases/{id}/traversals")
    @Access(value = Permission.READ, kind = ResourceKind.TEST_CASE, resource = "id")
    Page<TraversalSummary> traversals(
            @PathVariable String id,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return queries.traversals(id, PageRequest.of(limit, cursor));
    }

    /** The traversal with the brain states and actions of {@code version} (default: the current one). */
    @GetMapping("/api/v1/traversals/{id}")
    @Access(value = Permission.READ, kind = ResourceKind.TRAVERSAL, resource = "id")
    ResponseEntity<TraversalView> traversal(
            @PathVariable String id,
            @RequestParam(required = false) Integer version,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String etags) {
        if (version != null && version < 1) {
            throw new BadQueryParameterException("version", "version starts at 1");
        }
        return Found.of(
                queries.traversal(id, version).filter(found -> version == null || version <= found.version()),
                TraversalView::revision,
                etags,
                "traversal version");
    }
}
