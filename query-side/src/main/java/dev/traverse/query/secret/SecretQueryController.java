package dev.traverse.query.secret;

import dev.traverse.api.access.Access;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.query.http.Found;
import dev.traverse.query.paging.Page;
import dev.traverse.query.paging.PageRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lists a project's secrets and who read them; values are only ever returned by the reveal endpoint. */
@RestController
class SecretQueryController {

    private final SecretQueries queries;

    SecretQueryController(SecretQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/projects/{id}/secrets")
    @Access(value = Permission.READ, kind = ResourceKind.PROJECT, resource = "id")
    Page<SecretQueries.SecretView> secrets(
            @PathVariable String id,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return queries.secrets(id, PageRequest.of(limit, cursor));
    }

    @GetMapping("/api/v1/secrets/{id}")
    @Access(value = Permission.READ, kind = ResourceKind.SECRET, resource = "id")
    ResponseEntity<SecretQueries.SecretView> secret(
            @PathVariable String id, @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String etags) {
        return Found.of(queries.secret(id), SecretQueries.SecretView::version, etags, "secret");
    }

    /** Who read the value, newest first: the audit of reveals. Admins only. */
    @GetMapping("/api/v1/secrets/{id}/reveals")
    @Access(value = Permission.ADMIN, kind = ResourceKind.SECRET, resource = "id")
    Map<String, List<SecretQueries.RevealView>> reveals(@PathVariable String id) {
        return Map.of("data", queries.reveals(id));
    }
}
