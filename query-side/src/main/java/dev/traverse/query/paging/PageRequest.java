package dev.traverse.query.paging;

import dev.traverse.query.http.BadQueryParameterException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where a page starts and how long it is. The cursor encodes the creation time and id of the last row of the previous
 * page, so pages stay stable while rows are added.
 *
 * @param limit rows per page
 * @param afterCreatedAt creation time of the last row already seen
 * @param afterId id of the last row already seen
 */
public record PageRequest(int limit, Instant afterCreatedAt, String afterId) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** Parses the {@code limit} and {@code cursor} query parameters. */
    public static PageRequest of(Integer limit, String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new BadQueryParameterException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        if (cursor == null || cursor.isEmpty()) {
            return new PageRequest(size, Instant.EPOCH.minusSeconds(1), "");
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int separator = decoded.indexOf('|');
            if (separator < 0) {
                throw new IllegalArgumentException();
            }
            return new PageRequest(
                    size, Instant.parse(decoded.substring(0, separator)), decoded.substring(separator + 1));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new BadQueryParameterException("cursor", "cursor is not one this API handed out");
        }
    }

    /** Rows to fetch: one more than the page, to know whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }

    static String encode(Instant createdAt, String id) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((createdAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }
}
