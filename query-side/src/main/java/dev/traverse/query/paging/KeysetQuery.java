package dev.traverse.query.paging;

import dev.traverse.query.rows.Rows;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** Runs a list query one page at a time, after the cursor, in creation order. */
public final class KeysetQuery {

    private KeysetQuery() {}

    /**
     * Runs {@code selectWhere} (a {@code SELECT ... FROM ... WHERE <filter>}, bound to {@code parameters}) for one page.
     *
     * @param alias the table alias whose {@code created_at} and {@code id} order the list, or empty
     */
    public static <T extends Listed> Page<T> page(
            JdbcTemplate jdbc,
            String selectWhere,
            String alias,
            RowMapper<T> rows,
            PageRequest page,
            Object... parameters) {
        String prefix = alias.isEmpty() ? "" : alias + ".";
        List<Object> arguments = new ArrayList<>(Arrays.asList(parameters));
        arguments.addAll(List.of(Rows.utc(page.afterCreatedAt()), page.afterId(), page.fetchSize()));
        String sql = selectWhere + " AND (" + prefix + "created_at, " + prefix + "id) > (?, ?)" + " ORDER BY " + prefix
                + "created_at, " + prefix + "id LIMIT ?";
        return Page.of(jdbc.query(sql, rows, arguments.toArray()), page);
    }
}
