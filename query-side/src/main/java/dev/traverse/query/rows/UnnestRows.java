package dev.traverse.query.rows;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.PreparedStatementSetter;

/**
 * Rows bound as one array parameter per column, for one statement over a whole batch:
 * {@code INSERT ... SELECT ... FROM unnest(?::text[], ?::bigint[], ...)} or {@code UPDATE ... FROM unnest(...)}.
 * Every column is sent as {@code text[]} and cast by the statement, so timestamps, numbers and JSON keep exactly
 * the text PostgreSQL would parse from a single-row statement.
 */
public final class UnnestRows {

    private final int columns;
    private final List<String[]> rows = new ArrayList<>();

    public UnnestRows(int columns) {
        this.columns = columns;
    }

    /** Adds a row; {@code values} in column order, {@code null} for SQL NULL. */
    public void add(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " values, got " + values.length);
        }
        String[] row = new String[columns];
        for (int i = 0; i < columns; i++) {
            row[i] = text(values[i]);
        }
        rows.add(row);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public int size() {
        return rows.size();
    }

    /** Binds column i of every row as the text array of parameter i + 1. */
    public PreparedStatementSetter parameters() {
        return statement -> {
            Connection connection = statement.getConnection();
            for (int column = 0; column < columns; column++) {
                String[] values = new String[rows.size()];
                for (int row = 0; row < values.length; row++) {
                    values[row] = rows.get(row)[column];
                }
                statement.setArray(column + 1, connection.createArrayOf("text", values));
            }
        };
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof OffsetDateTime time) {
            // ISO_INSTANT always writes the seconds; OffsetDateTime's own form drops zero seconds.
            return time.toInstant().toString();
        }
        return value.toString();
    }
}
