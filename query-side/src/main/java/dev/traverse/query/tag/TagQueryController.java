package dev.traverse.query.tag;

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

/** Reads a project's tags. */
@RestController
class TagQueryController {

    private final TagQueries queries;

    TagQueryController(TagQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/projects/{id}/tags")
    @Access(value = Permission.READ, kind = ResourceKind.PROJECT, resource = "id")
    Page<TagView> tags(
            @PathVariable String id,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return queries.tags(id, PageRequest.of(limit, cursor));
    }

    @GetMapping("/api/v1/tags/{id}")
    @Access(value = Permission.READ, kind = ResourceKind.TAG, resource = "id")
    ResponseEntity<TagView> tag(
            @PathVariable String id, @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String etags) {
        return Found.of(queries.tag(id), TagView::version, etags, "tag");
    }
}
