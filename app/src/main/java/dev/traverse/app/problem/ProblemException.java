package dev.traverse.app.problem;

import org.springframework.http.HttpStatus;

/**
 * A refusal any feature package can raise without its own exception type: rendered as a problem of {@code code} with
 * the given status, detail and (nullable) offending field or parameter.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String field;

    public ProblemException(HttpStatus status, String code, String detail, String field) {
        super(detail);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
