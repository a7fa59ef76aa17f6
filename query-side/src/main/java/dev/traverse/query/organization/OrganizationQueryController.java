package dev.traverse.query.organization;

import dev.traverse.api.access.Access;
import dev.traverse.api.access.AccessGrant;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.query.http.Found;
import dev.traverse.query.paging.Page;
import dev.traverse.query.paging.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads organizations and their members. */
@RestController
class OrganizationQueryController {

    private final OrganizationQueries queries;

    OrganizationQueryController(OrganizationQueries queries) {
        this.queries = queries;
    }

    /** The caller's own organizations. */
    @GetMapping("/api/v1/organizations")
    @Access(Permission.AUTHENTICATED)
    Page<OrganizationView> mine(
            @RequestAttribute(AccessGrant.ATTRIBUTE) AccessGrant grant,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return queries.organizationsOf(grant.actorId(), PageRequest.of(limit, cursor));
    }

    @GetMapping("/api/v1/organizations/{id}")
    @Access(value = Permission.READ, kind = ResourceKind.ORGANIZATION, resource = "id")
    ResponseEntity<OrganizationView> organization(
            @PathVariable String id, @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String etags) {
        return Found.of(queries.organization(id), OrganizationView::version, etags, "organization");
    }

    @GetMapping("/api/v1/organizations/{id}/members")
    @Access(value = Permission.READ, kind = ResourceKind.ORGANIZATION, resource = "id")
    Page<MemberView> members(
            @PathVariable String id,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return queries.members(id, PageRequest.of(limit, cursor));
    }

    @GetMapping("/api/v1/organizations/{id}/members/{memberId}")
    @Access(value = Permission.READ, kind = ResourceKind.ORGANIZATION, resource = "id")
    ResponseEntity<MemberView> member(
            @PathVariable String id,
            @PathVariable String memberId,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String etags) {
        return Found.of(queries.member(id, memberId), MemberView::version, etags, "member");
    }
}
