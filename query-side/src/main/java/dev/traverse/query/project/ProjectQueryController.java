package dev.traverse.query.project;

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

/** Reads projects. */
@RestController
class ProjectQueryController {

    private final ProjectQueries queries;

    ProjectQueryController(ProjectQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/organizations/{id}/projects")
    @Access(value = Permission.READ, kind = ResourceKind.ORGANIZATION, resource = "id")
    Page<ProjectView> projects(
            @PathVariable String id,
            @RequestParam(name = "include_archived", defaultValue = "false") boolean includeArchived,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return queries.projects(id, includeArchived, PageRequest.of(limit, cursor));
    }

    @GetMapping("/api/v1/projects/{id}")
    @Access(value = Permission.READ, kind = ResourceKind.PROJECT, resource = "id")
    ResponseEntity<ProjectView> project(
            @PathVariable String id, @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String etags) {
        return Found.of(queries.project(id), ProjectView::version, etags, "project");
    }
}
