package dev.traverse.query.browserconfig;

import dev.traverse.api.access.Access;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.query.http.Found;
import dev.traverse.query.paging.Page;
import dev.traverse.query.paging.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads a project's browser configs. */
@RestController
class BrowserConfigQueryController {

    private final BrowserConfigQueries queries;

    BrowserConfigQueryController(BrowserConfigQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/projects/{id}/browser-configs")
    @Access(value = Permission.READ, kind = ResourceKind.PROJECT, resource = "id")
    Page<BrowserConfigView> browserConfigs(
            @PathVariable String id,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return queries.browserConfigs(id, PageRequest.of(limit, cursor));
    }

    @GetMapping("/api/v1/browser-configs/{id}")
    @Access(value = Permission.READ, kind = ResourceKind.BROWSER_CONFIG, resource = "id")
    ResponseEntity<BrowserConfigView> browserConfig(
            @PathVariable String id, @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String etags) {
        return Found.of(queries.browserConfig(id), BrowserConfigView::version, etags, "browser config");
    }
}
