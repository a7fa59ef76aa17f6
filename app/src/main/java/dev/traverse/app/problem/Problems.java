package dev.traverse.app.problem;

import dev.traverse.app.context.RequestContext;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds Traverse's problem documents. */
public final class Problems {

    /** Problem types are documented in docs/api.md under this base. */
    public static final String TYPE_BASE = "https://traverse.dev/problems/";

    private Problems() {}

    /**
     * A problem of kind {@code code}; {@code field} (nullable) names the offending request field, header or
     * parameter.
     */
    public static ProblemDetail of(HttpStatusCode status, String code, String detail, String field) {
        return withErrors(status, code, detail, field == null ? List.of() : List.of(new FieldError(field, detail)));
    }

    /** A problem listing several offending fields. */
    public static ProblemDetail withErrors(HttpStatusCode status, String code, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code));
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        if (!errors.isEmpty()) {
            problem.setProperty(
                    "errors",
                    errors.stream()
                            .map(error -> Map.of("field", error.field(), "message", error.message()))
                            .toList());
        }
        RequestContext.current().ifPresent(context -> problem.setProperty("request_id", context.requestId()));
        return problem;
    }

    /** One offending field and what is wrong with it. */
    public record FieldError(String field, String message) {}
}
