package dev.traverse.app.audit;

import dev.traverse.query.http.BadQueryParameterException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Query parameters of the audit endpoints, refused with a 400 naming the parameter when they make no sense. */
final class Parameters {

    private Parameters() {}

    /** An ISO-8601 time with an offset ({@code 2026-03-01T12:00:00Z}), or {@code null} when absent. */
    static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadQueryParameterException(
                    name, name + " must be an ISO-8601 time with an offset, such as 2026-03-01T12:00:00Z");
        }
    }

    /** A position or sequence number: absent or at least 0. */
    static Long notNegative(String name, Long value) {
        if (value != null && value < 0) {
            throw new BadQueryParameterException(name, name + " must be 0 or more");
        }
        return value;
    }
}
