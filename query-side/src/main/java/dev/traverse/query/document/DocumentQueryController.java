package dev.traverse.query.document;

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

/** Reads a project's documents. */
@RestController
class DocumentQueryController {

    private final DocumentQueries queries;

    DocumentQueryController(DocumentQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/projects/{id}/documents")
    @Access(value = Permission.READ, kind = ResourceKind.PROJECT, resource = "id")
    Page<DocumentView> documents(
            @PathVariable String id,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return queries.documents(id, PageRequest.of(limit, cursor));
    }

    @GetMapping("/api/v1/documents/{id}")
    @Access(value = Permission.READ, kind = ResourceKind.DOCUMENT, resource = "id")
    ResponseEntity<DocumentView> document(
            @PathVariable String id, @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String etags) {
        return Found.of(queries.document(id), DocumentView::version, etags, "document");
    }
}
