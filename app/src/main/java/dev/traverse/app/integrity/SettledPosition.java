package dev.traverse.app.integrity;

import dev.traverse.app.problem.ProblemException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The highest event position below which nothing can still appear. Positions come from a sequence when a row is
 * inserted, but transactions commit in any order: a write still open may hold a lower position than events already
 * visible. An export resumed "after" a position, or a digest recomputed "through" one, must not miss such an event,
 * so this waits until every transaction that was inserting events when it looked has ended.
 */
@Component
public class SettledPosition {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final long POLL_NANOS = 20_000_000;

    private final JdbcTemplate jdbc;

    SettledPosition(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The highest committed position, once the writers that could still commit a lower one are done; 0 for an empty
     * store.
     *
     * @throws ProblemException (503) when a writer stays open longer than ten seconds
     */
    public long await() {
        Observation observed = jdbc.queryForObject(
                "SELECT coalesce(max(global_index), 0), clock_timestamp()::text FROM es.domain_event_entry",
                (rs, row) -> new Observation(rs.getLong(1), rs.getString(2)));
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (openWriters(observed.at()) > 0) {
            if (System.nanoTime() > deadline) {
                throw new ProblemException(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "event-store-busy",
                        "a long write to the event store is still open; retry in a few seconds",
                        null);
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        return observed.position();
    }

    /** Other transactions that began before {@code mark} and hold the lock every insert into the event table takes. */
    private int openWriters(String mark) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                        + " WHERE l.relation = 'es.domain_event_entry'::regclass AND l.mode = 'RowExclusiveLock'"
                        + " AND l.pid <> pg_backend_pid() AND a.xact_start <= ?::timestamptz",
                Integer.class,
                mark);
    }

    private record Observation(long position, String at) {}
}
