package dev.traverse.query.http;

/** The read model has no such resource; rendered as a 404 problem. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}
