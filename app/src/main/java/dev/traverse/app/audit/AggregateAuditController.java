package dev.traverse.app.audit;

import dev.traverse.api.access.Access;
import dev.traverse.api.access.AccessGrant;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.app.integrity.StoredEvent;
import dev.traverse.app.problem.ProblemException;
import dev.traverse.query.http.BadQueryParameterException;
import dev.traverse.query.paging.Page;
import dev.traverse.query.paging.PageRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * One aggregate's history for auditors: its events in order, and its state at any past point. The id may name any
 * aggregate of the caller's organization, deleted ones included.
 */
@RestController
@RequestMapping("/api/v1/audit/aggregates/{id}")
class AggregateAuditController {

    private static final String CURSOR_PREFIX = "after:";
    private static final Set<ResourceKind> PART_OF_PROJECT =
            Set.of(ResourceKind.TAG, ResourceKind.BROWSER_CONFIG, ResourceKind.DOCUMENT);

    private final AuditEvents events;
    private final PointInTime pointInTime;

    AggregateAuditController(AuditEvents events, PointInTime pointInTime) {
        this.events = events;
        this.pointInTime = pointInTime;
    }

    @GetMapping("/events")
    @Access(value = Permission.AUDIT, kind = ResourceKind.ANY, resource = "id", scope = "audit")
    Page<AuditedEvent> events(
            @PathVariable String id,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor,
            @RequestAttribute(AccessGrant.ATTRIBUTE) AccessGrant grant) {
        int size = limit == null ? PageRequest.DEFAULT_LIMIT : limit;
        if (size < 1 || size > PageRequest.MAX_LIMIT) {
            throw new BadQueryParameterException("limit", "limit must be between 1 and " + PageRequest.MAX_LIMIT);
        }
        long after = afterSequence(cursor);
        List<StoredEvent> fetched = events.history(id, after, size + 1);
        if (fetched.isEmpty() && after < 0) {
            throw notAnAggregate(grant);
        }
        List<StoredEvent> page = fetched.subList(0, Math.min(size, fetched.size()));
        String next = fetched.size() > size ? cursor(page.get(page.size() - 1).sequenceNumber()) : null;
        return new Page<>(page.stream().map(AuditedEvent::of).toList(), next);
    }

    /** {@code at} and {@code sequence} are exclusive; with neither, the current state. */
    @GetMapping("/state")
    @Access(value = Permission.AUDIT, kind = ResourceKind.ANY, resource = "id", scope = "audit")
    PointInTime.AggregateState state(
            @PathVariable String id,
            @RequestParam(required = false) String at,
            @RequestParam(required = false) Long sequence,
            @RequestAttribute(AccessGrant.ATTRIBUTE) AccessGrant grant) {
        Instant time = Parameters.instant("at", at);
        Parameters.notNegative("sequence", sequence);
        if (time != null && sequence != null) {
            throw new BadQueryParameterException("sequence", "give either at or sequence, not both");
        }
        AuditEvents.Head head = events.head(id).orElseThrow(() -> notAnAggregate(grant));
        if (sequence != null && sequence > head.lastSequence()) {
            throw new BadQueryParameterException(
                    "sequence", "the aggregate's last sequence number is " + head.lastSequence());
        }
        return pointInTime.state(id, head.aggregateType(), sequence, time);
    }

    private static long afterSequence(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return -1;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(CURSOR_PREFIX)) {
                return Long.parseLong(decoded.substring(CURSOR_PREFIX.length()));
            }
        } catch (IllegalArgumentException e) {
            // Falls through to the refusal below.
        }
        throw new BadQueryParameterException("cursor", "cursor is not one this API handed out");
    }

    private static String cursor(long sequence) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((CURSOR_PREFIX + sequence).getBytes(StandardCharsets.UTF_8));
    }

    /** Tags, browser configs and documents live inside their project's aggregate; say so instead of a bare 404. */
    private static ProblemException notAnAggregate(AccessGrant grant) {
        String detail = PART_OF_PROJECT.contains(grant.kind())
                ? "a " + grant.kind().wireName() + " has no history of its own; it is part of project "
                        + grant.projectId() + ", whose history holds its events"
                : "no events are stored for this id";
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", detail, null);
    }
}
