package dev.traverse.app.eventstore;

import org.axonframework.common.lock.Lock;
import org.axonframework.common.lock.LockFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Serializes commands on one aggregate with a PostgreSQL transaction-level advisory lock. Unlike Axon's in-memory
 * lock it holds until the database transaction ends (a write request's transaction may outlive the command's unit of
 * work) and it works across nodes, so a second command always loads the first one's events instead of failing on
 * the sequence-number constraint.
 */
class AdvisoryLockFactory implements LockFactory {

    private static final Lock HELD_UNTIL_COMMIT = new Lock() {
        @Override
        public void release() {
            // Released by PostgreSQL when the transaction ends.
        }

        @Override
        public boolean isHeld() {
            return true;
        }
    };

    private final JdbcTemplate jdbc;

    AdvisoryLockFactory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Lock obtainLock(String aggregateIdentifier) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("aggregate " + aggregateIdentifier + " loaded outside a transaction");
        }
        jdbc.query("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", rs -> null, aggregateIdentifier);
        return HELD_UNTIL_COMMIT;
    }
}
