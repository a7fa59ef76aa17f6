package dev.traverse.app.request;

import dev.traverse.app.context.RequestContext;
import dev.traverse.app.problem.ProblemResponses;
import dev.traverse.app.projection.ProjectionBarrier;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Wraps every write under {@code /api} in one database transaction and answers only after it committed:
 *
 * <ul>
 *   <li>all commands of the request and its Idempotency-Key record commit together, or none does;
 *   <li>a request repeating a stored Idempotency-Key gets the stored response and writes nothing;
 *   <li>after the commit it waits (bounded) until the projections handling the request's events have passed its
 *       position, so the caller's next read shows the write ({@value #CONSISTENCY}: {@code eventual} skips this).
 * </ul>
 */
class WriteRequestFilter extends OncePerRequestFilter {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String POSITION = "Traverse-Position";
    static final String CONSISTENCY = "Traverse-Consistency";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final String WITHHELD = "X-Traverse-Withheld";
    private static final List<String> STORED_HEADERS = List.of("Location", "ETag", "Content-Type", POSITION);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final String CURRENT_POSITION =
            "SELECT currval(pg_get_serial_sequence('es.domain_event_entry', 'global_index'))";

    private final TransactionTemplate transactions;
    private final RequestFingerprint fingerprints;
    private final JdbcTemplate jdbc;
    private final IdempotencyStore idempotency;
    private final ProjectionBarrier barrier;
    private final long maxBufferedBody;

    WriteRequestFilter(
            TransactionTemplate transactions,
            JdbcTemplate jdbc,
            IdempotencyStore idempotency,
            ProjectionBarrier barrier,
            DataSize maxBufferedBody,
            RequestFingerprint fingerprints) {
        this.transactions = transactions;
        this.fingerprints = fingerprints;
        this.jdbc = jdbc;
        this.idempotency = idempotency;
        this.barrier = barrier;
        this.maxBufferedBody = maxBufferedBody.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return READS.contains(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(IDEMPOTENCY_KEY);
        HttpServletRequest forwarded = request;
        String principal = null;
        String fingerprint = null;
        if (key != null) {
            if (key.isBlank() || key.length() > 255) {
                ProblemResponses.write(
                        response,
                        HttpStatus.BAD_REQUEST,
                        "invalid-field",
                        "Idempotency-Key must be 1 to 255 characters",
                        IDEMPOTENCY_KEY);
                return;
            }
            byte[] body = readBody(request);
            if (body == null) {
                ProblemResponses.write(
                        response,
                        HttpStatus.PAYLOAD_TOO_LARGE,
                        "payload-too-large",
                        "the request body exceeds " + maxBufferedBody + " bytes",
                        null);
                return;
            }
            forwarded = new BufferedRequest(request, body);
            principal = principal();
            fingerprint = fingerprints.of(request, body);
            Optional<IdempotencyStore.StoredResponse> stored = idempotency.find(principal, key);
            if (stored.isPresent()) {
                replay(response, stored.get(), fingerprint);
                return;
            }
        }
        serve(forwarded, response, chain, key, principal, fingerprint);
    }

    private void serve(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            String key,
            String principal,
            String fingerprint)
            throws IOException, ServletException {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        RequestContext context = RequestContext.current().orElseThrow();
        Outcome outcome;
        try {
            outcome = transactions.execute(status -> {
                try {
                    chain.doFilter(request, buffered);
                } catch (IOException | ServletException e) {
                    throw new ChainFailure(e);
                }
                if (buffered.getStatus() >= 400) {
                    status.setRollbackOnly();
                    return Outcome.REJECTED;
                }
                Long position = context.publishedEvents() ? jdbc.queryForObject(CURRENT_POSITION, Long.class) : null;
                if (position != null) {
                    buffered.setHeader(POSITION, Long.toString(position));
                }
                if (key != null && !idempotency.save(principal, key, storable(buffered, fingerprint))) {
                    status.setRollbackOnly();
                    return Outcome.DUPLICATE;
                }
                return position == null ? Outcome.NO_EVENTS : Outcome.committed(position);
            });
        } catch (ChainFailure failure) {
            if (failure.getCause() instanceof ServletException servlet) {
                throw servlet;
            }
            throw (IOException) failure.getCause();
        } catch (RuntimeException commitFailure) {
            logger.warn("write transaction failed to commit", commitFailure);
            buffered.reset();
            ProblemResponses.write(
                    buffered,
                    HttpStatus.CONFLICT,
                    "conflict",
                    "the write collided with a concurrent one and was not applied; retry it",
                    null);
            buffered.copyBodyToResponse();
            return;
        }
        if (outcome == Outcome.DUPLICATE) {
            buffered.reset();
            replay(buffered, idempotency.find(principal, key).orElseThrow(), fingerprint);
        } else if (outcome.position() != null) {
            awaitProjections(request, buffered, outcome.position(), context);
        }
        buffered.copyBodyToResponse();
    }

    private void awaitProjections(
            HttpServletRequest request, HttpServletResponse response, long position, RequestContext context) {
        if ("eventual".equalsIgnoreCase(request.getHeader(CONSISTENCY))) {
            response.setHeader(CONSISTENCY, "eventual");
        } else if (barrier.await(position, context.eventTypes())) {
            response.setHeader(CONSISTENCY, "strong");
        } else {
            logger.warn("read model did not reach position " + position + " in time; answering anyway");
            response.setHeader(CONSISTENCY, "timeout");
        }
    }

    private static void replay(HttpServletResponse response, IdempotencyStore.StoredResponse stored, String fingerprint)
            throws IOException {
        if (!stored.fingerprint().equals(fingerprint)) {
            ProblemResponses.write(
                    response,
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "idempotency-key-reused",
                    "this Idempotency-Key was used for a different request",
                    IDEMPOTENCY_KEY);
            return;
        }
        if (stored.headers().containsKey(WITHHELD)) {
            ProblemResponses.write(
                    response,
                    HttpStatus.CONFLICT,
                    "idempotency-key-used",
                    "this request was already completed; its response held a secret and is not kept, so it cannot be"
                            + " shown again",
                    IDEMPOTENCY_KEY);
            return;
        }
        response.setStatus(stored.status());
        stored.headers().forEach(response::setHeader);
        response.setHeader(REPLAYED, "true");
        response.getOutputStream().write(stored.body());
    }

    /**
     * The response to keep for the key. A response marked {@code Cache-Control: no-store} (a new API key, a revealed
     * secret) is kept without its body: the key still guards against doing the write twice, but the secret is not
     * written to the database.
     */
    private static IdempotencyStore.StoredResponse storable(
            ContentCachingResponseWrapper response, String fingerprint) {
        String cacheControl = response.getHeader("Cache-Control");
        if (cacheControl != null && cacheControl.contains("no-store")) {
            return new IdempotencyStore.StoredResponse(
                    fingerprint, response.getStatus(), Map.of(WITHHELD, "true"), new byte[0]);
        }
        return new IdempotencyStore.StoredResponse(
                fingerprint, response.getStatus(), storedHeaders(response), response.getContentAsByteArray());
    }

    private static Map<String, String> storedHeaders(HttpServletResponse response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : STORED_HEADERS) {
            String value = response.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return headers;
    }

    /** The body, or null when it is larger than what may be buffered. */
    private byte[] readBody(HttpServletRequest request) throws IOException {
        try (InputStream input = request.getInputStream()) {
            byte[] body = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBufferedBody + 1));
            return body.length > maxBufferedBody ? null : body;
        }
    }

    private static String principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }

    /** What the transaction decided. */
    private record Outcome(String kind, Long position) {
        static final Outcome REJECTED = new Outcome("rejected", null);
        static final Outcome DUPLICATE = new Outcome("duplicate", null);
        static final Outcome NO_EVENTS = new Outcome("no-events", null);

        static Outcome committed(long position) {
            return new Outcome("committed", position);
        }
    }

    /** Carries a checked exception of the filter chain out of the transaction callback. */
    private static final class ChainFailure extends RuntimeException {
        ChainFailure(Exception cause) {
            super(cause);
        }
    }
}
