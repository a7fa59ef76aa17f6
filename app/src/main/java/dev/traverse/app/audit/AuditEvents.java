package dev.traverse.app.audit;

import dev.traverse.app.integrity.StoredEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads stored events for auditors: an aggregate's history a page at a time, and an organization's stream in keyset
 * pages whose rows are handed on one by one as PostgreSQL streams them (small fetch size, inside a short read
 * transaction per page), so an export of millions of events holds a few dozen in memory at a time.
 */
@Component
class AuditEvents {

    static final int EXPORT_PAGE = 1_000;
    private static final int FETCH = 50;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    AuditEvents(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(FETCH);
        this.transactions = transactions;
    }

    /** The aggregate's type and last sequence number, if it has events. */
    Optional<Head> head(String aggregateId) {
        return jdbc
                .query(
                        "SELECT type, sequence_number FROM es.domain_event_entry WHERE aggregate_identifier = ?"
                                + " ORDER BY sequence_number DESC LIMIT 1",
                        (rs, row) -> new Head(rs.getString(1), rs.getLong(2)),
                        aggregateId)
                .stream()
                .findFirst();
    }

    /** Up to {@code count} events of the aggregate after {@code afterSequence}, in order. */
    List<StoredEvent> history(String aggregateId, long afterSequence, int count) {
        return transactions.execute(status -> jdbc.query(
                "SELECT " + StoredEvent.COLUMNS + " FROM es.domain_event_entry"
                        + " WHERE aggregate_identifier = ? AND sequence_number > ? ORDER BY sequence_number LIMIT ?",
                StoredEvent::map,
                aggregateId,
                afterSequence,
                count));
    }

    /**
     * Hands every event matching {@code filter} with a position in {@code (after, through]} to {@code sink}, in global
     * order.
     */
    void export(ExportFilter filter, long after, long through, Consumer<StoredEvent> sink) {
        long position = after;
        while (true) {
            long from = position;
            Page page = transactions.execute(status -> exportPage(filter, from, through, sink));
            if (page.rows() < EXPORT_PAGE) {
                return;
            }
            position = page.last();
        }
    }

    private Page exportPage(ExportFilter filter, long after, long through, Consumer<StoredEvent> sink) {
        List<Object> arguments = new ArrayList<>();
        String where = filter.where(arguments);
        arguments.addAll(List.of(after, through, EXPORT_PAGE));
        return jdbc.query(
                "SELECT " + StoredEvent.COLUMNS + " FROM es.domain_event_entry WHERE " + where
                        + " AND global_index > ? AND global_index <= ? ORDER BY global_index LIMIT ?",
                rs -> {
                    int rows = 0;
                    long last = after;
                    while (rs.next()) {
                        StoredEvent event = StoredEvent.map(rs, rows++);
                        sink.accept(event);
                        last = event.globalIndex();
                    }
                    return new Page(rows, last);
                },
                arguments.toArray());
    }

    /** Whether {@code projectId} names a project of the organization (deleted or archived ones included). */
    boolean isProjectOf(String projectId, String organizationId) {
        return !jdbc.queryForList(
                        "SELECT 1 FROM ws.resource WHERE id = ? AND kind = 'PROJECT' AND organization_id = ?",
                        Integer.class,
                        projectId,
                        organizationId)
                .isEmpty();
    }

    private record Page(int rows, long last) {}

    /** An aggregate as the event table knows it: its type and its last sequence number. */
    record Head(String aggregateType, long lastSequence) {}
}
