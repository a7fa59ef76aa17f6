package dev.traverse.app.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.traverse.api.access.Access;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.app.eventstore.EventStoreConfiguration;
import dev.traverse.app.integrity.ChainVerifier;
import dev.traverse.app.integrity.SettledPosition;
import dev.traverse.app.integrity.Verification;
import dev.traverse.query.http.BadQueryParameterException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An organization's whole event stream for auditors: the NDJSON export, resumable after any position, and the
 * verification of its hash chains.
 */
@RestController
@RequestMapping("/api/v1/audit/organizations/{id}")
class OrganizationAuditController {

    /** Response header: the export holds every matching event up to this position; resume after it later. */
    static final String THROUGH = "Traverse-Export-Through";

    private static final Logger log = LoggerFactory.getLogger(OrganizationAuditController.class);
    private static final ObjectMapper JSON = EventStoreConfiguration.eventObjectMapper();
    private static final byte[] NEWLINE = {'\n'};

    private final AuditEvents events;
    private final AggregateTypes types;
    private final SettledPosition settled;
    private final ChainVerifier verifier;

    OrganizationAuditController(
            AuditEvents events, AggregateTypes types, SettledPosition settled, ChainVerifier verifier) {
        this.events = events;
        this.types = types;
        this.settled = settled;
        this.verifier = verifier;
    }

    /** Streams one JSON object per line, in global order, every matching event after {@code after}. */
    @GetMapping("/events")
    @Access(value = Permission.AUDIT, kind = ResourceKind.ORGANIZATION, resource = "id", scope = "audit")
    void export(
            @PathVariable String id,
            @RequestParam(required = false) Long after,
            @RequestParam(name = "project_id", required = false) String projectId,
            @RequestParam(name = "aggregate_type", required = false) String aggregateType,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            HttpServletResponse response)
            throws IOException {
        ExportFilter filter = filter(id, projectId, aggregateType, from, to);
        long start = after == null ? 0 : Parameters.notNegative("after", after);
        long through = settled.await();
        response.setContentType("application/x-ndjson");
        response.setCharacterEncoding("UTF-8");
        response.setHeader(THROUGH, Long.toString(through));
        OutputStream out = response.getOutputStream();
        try {
            events.export(filter, start, through, event -> {
                try {
                    out.write(JSON.writeValueAsBytes(AuditedEvent.of(event)));
                    out.write(NEWLINE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (UncheckedIOException e) {
            // The client went away; it resumes after the last position it received.
            log.debug("export of organization {} ended early: {}", id, e.getMessage());
        }
    }

    @GetMapping("/verify")
    @Access(value = Permission.AUDIT, kind = ResourceKind.ORGANIZATION, resource = "id", scope = "audit")
    Verification verify(@PathVariable String id, @RequestParam(required = false) Long through) {
        Parameters.notNegative("through", through);
        long settledPosition = settled.await();
        return verifier.organization(id, through == null ? settledPosition : Math.min(through, settledPosition));
    }

    private ExportFilter filter(String id, String projectId, String aggregateType, String from, String to) {
        if (projectId != null && !events.isProjectOf(projectId, id)) {
            throw new BadQueryParameterException("project_id", "the organization has no project with this id");
        }
        if (aggregateType != null && types.find(aggregateType).isEmpty()) {
            throw new BadQueryParameterException(
                    "aggregate_type", "aggregate_type must be one of " + String.join(", ", types.names()));
        }
        Instant since = Parameters.instant("from", from);
        Instant until = Parameters.instant("to", to);
        if (since != null && until != null && !until.isAfter(since)) {
            throw new BadQueryParameterException("to", "to must be later than from");
        }
        return new ExportFilter(id, projectId, aggregateType, since, until);
    }
}
