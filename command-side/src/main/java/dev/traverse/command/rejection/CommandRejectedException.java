package dev.traverse.command.rejection;

/**
 * A command refused by a rule of the domain. Carries the offending request field (snake_case, as the API names it)
 * when there is one.
 */
public class CommandRejectedException extends RuntimeException {

    private final Rejection rejection;
    private final String field;

    public CommandRejectedException(Rejection rejection, String field, String detail) {
        super(detail);
        this.rejection = rejection;
        this.field = field;
    }

    public static CommandRejectedException invalid(String field, String detail) {
        return new CommandRejectedException(Rejection.INVALID, field, detail);
    }

    public static CommandRejectedException notFound(String detail) {
        return new CommandRejectedException(Rejection.NOT_FOUND, null, detail);
    }

    public static CommandRejectedException conflict(String field, String detail) {
        return new CommandRejectedException(Rejection.CONFLICT, field, detail);
    }

    public static CommandRejectedException unknownReference(String field, String id) {
        return new CommandRejectedException(
                Rejection.UNKNOWN_REFERENCE, field, "'" + id + "' does not exist in this project");
    }

    /** Throws {@link Rejection#STALE_VERSION} when the caller named a version and it is not the current one. */
    public static void checkVersion(Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw new CommandRejectedException(
                    Rejection.STALE_VERSION,
                    null,
                    "the resource is at version " + actual + ", not " + expected + "; read it again and retry");
        }
    }

    /** Throws {@link Rejection#INVALID} for {@code field} when {@code value} is missing or blank. */
    public static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw invalid(field, field + " must not be blank");
        }
    }

    public Rejection rejection() {
        return rejection;
    }

    /** The request field at fault, or {@code null}. */
    public String field() {
        return field;
    }
}
