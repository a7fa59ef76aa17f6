package dev.traverse.app.eventstore;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Tells Axon when an append lost a race: PostgreSQL's unique violation (23505) on the event or snapshot table's
 * keys. Axon then raises a {@code ConcurrencyException} instead of a generic storage error. Other unique violations
 * are not concurrency conflicts and stay what they are.
 */
class DuplicateEventResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return onEventTables(sql);
            }
        }
        return false;
    }

    private static boolean onEventTables(SQLException exception) {
        if (!(exception instanceof PSQLException psql)) {
            return true;
        }
        ServerErrorMessage message = psql.getServerErrorMessage();
        if (message == null || message.getTable() == null) {
            return true;
        }
        return message.getTable().equals("domain_event_entry")
                || message.getTable().equals("snapshot_event_entry");
    }
}
