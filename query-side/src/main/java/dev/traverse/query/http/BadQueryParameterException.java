package dev.traverse.query.http;

/** A query parameter that cannot be used; rendered as a 400 problem naming the parameter. */
public class BadQueryParameterException extends RuntimeException {

    private final String parameter;

    public BadQueryParameterException(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
