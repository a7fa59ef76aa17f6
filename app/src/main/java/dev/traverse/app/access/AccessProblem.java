package dev.traverse.app.access;

import org.springframework.http.HttpStatus;

/** Access refused: 404 when the caller may not know the resource exists, 403 when they may see but not do. */
public class AccessProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String field;

    private AccessProblem(HttpStatus status, String code, String detail) {
        this(status, code, detail, null);
    }

    private AccessProblem(HttpStatus status, String code, String detail, String field) {
        super(detail);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    /** The offending parameter, or null. */
    public String field() {
        return field;
    }

    static AccessProblem notFound() {
        return new AccessProblem(HttpStatus.NOT_FOUND, "not-found", "the resource does not exist");
    }

    /** The request does not name the resource it addresses: a required query parameter is missing. */
    static AccessProblem missing(String parameter) {
        return new AccessProblem(HttpStatus.BAD_REQUEST, "invalid-parameter", parameter + " is required", parameter);
    }

    static AccessProblem forbidden(String detail) {
        return new AccessProblem(HttpStatus.FORBIDDEN, "forbidden", detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
