package dev.traverse.app.access;

import org.springframework.http.HttpStatus;

/** Access refused: 404 when the caller may not know the resource exists, 403 when they may see but not do. */
public class AccessProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    private AccessProblem(HttpStatus status, String code, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
    }

    static AccessProblem notFound() {
        return new AccessProblem(HttpStatus.NOT_FOUND, "not-found", "the resource does not exist");
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
