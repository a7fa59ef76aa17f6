package dev.traverse.query.paging;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list.
 *
 * @param data the rows, in creation order
 * @param nextCursor pass as {@code cursor} to get the next page; {@code null} on the last page
 * @param <T> the row type
 */
public record Page<T>(List<T> data, String nextCursor) {

    /**
     * Cuts the rows fetched with {@link PageRequest#fetchSize()} to a page, deriving the cursor from the last row.
     */
    public static <T> Page<T> of(
            List<T> fetched, PageRequest request, Function<T, Instant> createdAt, Function<T, String> id) {
        if (fetched.size() <= request.limit()) {
            return new Page<>(fetched, null);
        }
        List<T> rows = fetched.subList(0, request.limit());
        T last = rows.get(rows.size() - 1);
        return new Page<>(List.copyOf(rows), PageRequest.encode(createdAt.apply(last), id.apply(last)));
    }
}
