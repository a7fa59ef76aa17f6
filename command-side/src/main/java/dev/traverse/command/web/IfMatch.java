package dev.traverse.command.web;

import dev.traverse.command.rejection.CommandRejectedException;

/**
 * Reads the {@code If-Match} header. Traverse's ETags are the resource version in quotes ({@code "3"}); a weak form
 * ({@code W/"3"}) or a bare number is accepted too, and {@code *} means "any version".
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";

    private IfMatch() {}

    /** The expected version, or {@code null} when the caller named none. */
    public static Long expectedVersion(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String tag = header.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            long version = Long.parseLong(tag);
            if (version < 1) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw CommandRejectedException.invalid(
                    HEADER, "If-Match must be an ETag from this API, such as \"3\"; got " + abbreviate(header));
        }
    }

    /** The ETag of a resource at {@code version}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }
}
