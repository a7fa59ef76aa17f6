package dev.traverse.query.paging;

import java.util.List;

/**
 * One page of a list.
 *
 * @param data the rows, in creation order
 * @param nextCursor pass as {@code cursor} to get the next page; {@code null} on the last page
 * @param <T> the row type
 */
public record Page<T>(List<T> data, String nextCursor) {

    /** Cuts the rows fetched with {@link PageRequest#fetchSize()} to a page, deriving the cursor from the last row. */
    public static <T extends Listed> Page<T> of(List<T> fetched, PageRequest request) {
        if (fetched.size() <= request.limit()) {
            return new Page<>(fetched, null);
        }
        List<T> rows = List.copyOf(fetched.subList(0, request.limit()));
        T last = rows.get(rows.size() - 1);
        return new Page<>(rows, PageRequest.encode(last.createdAt(), last.id()));
    }
}
