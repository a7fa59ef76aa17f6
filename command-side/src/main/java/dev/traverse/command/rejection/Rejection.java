package dev.traverse.command.rejection;

/** The kinds of refusal, each with the HTTP status and problem code it is shown as. */
public enum Rejection {
    /** A field's value breaks a rule the request format cannot express. */
    INVALID(400, "invalid-field"),
    /** The body is missing or not the format the endpoint reads (an upload that is not JSON). */
    MALFORMED(400, "malformed-body"),
    /** The addressed resource does not exist (or belongs to someone else). */
    NOT_FOUND(404, "not-found"),
    /** The command conflicts with the current state (duplicate name, last admin, archived project ...). */
    CONFLICT(409, "conflict"),
    /** The resource existed but its content was deleted on purpose (a raw report past its retention). */
    GONE(410, "gone"),
    /** The caller's If-Match version is not the resource's current version. */
    STALE_VERSION(412, "stale-version"),
    /** A field refers to an id that does not exist in the same project or organization. */
    UNKNOWN_REFERENCE(422, "unknown-reference"),
    /** The request is well-formed but its content is not what the endpoint takes (a file of another kind). */
    UNPROCESSABLE(422, "unprocessable-content");

    private final int status;
    private final String code;

    Rejection(int status, String code) {
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
