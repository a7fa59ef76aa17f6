package dev.traverse.query.rows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The update every projection makes when an event changes a row: set the columns, the resource's version and
 * {@code updated_at}, and move {@code last_event_seq} to the event, but only when the event is newer than the row.
 * A replayed or re-delivered event thus changes nothing.
 */
public final class GuardedUpdate {

    private GuardedUpdate() {}

    /**
     * Applies {@code assignments} (such as {@code "name = ?, color = ?"}, bound to {@code values}) to row {@code id}
     * of {@code table}.
     *
     * @return true when the row took the event, false when it had already seen it
     */
    public static boolean apply(
            JdbcTemplate jdbc,
            String table,
            String assignments,
            String id,
            long version,
            long sequence,
            Instant at,
            Object... values) {
        List<Object> arguments = new ArrayList<>(Arrays.asList(values));
        arguments.addAll(List.of(version, Rows.utc(at), sequence, id, sequence));
        String set = assignments.isEmpty() ? "" : assignments + ", ";
        return jdbc.update(
                        "UPDATE " + table + " SET " + set + "version = ?, updated_at = ?, last_event_seq = ?"
                                + " WHERE id = ? AND last_event_seq < ?",
                        arguments.toArray())
                == 1;
    }
}
