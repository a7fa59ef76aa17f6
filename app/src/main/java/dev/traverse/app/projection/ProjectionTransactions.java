package dev.traverse.app.projection;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The transactions of the streaming processors: the application's, committed asynchronously
 * ({@code synchronous_commit = off} for the transaction only). A projection's rows and its processor's position commit
 * together, and everything they hold is derived from the event store, which commits synchronously. A crash can thus
 * lose only the last few projection batches (PostgreSQL flushes them within a few hundred milliseconds), never a
 * part of one, and the processor projects those events again from its older position when it starts. In exchange a
 * batch does not wait for the disk: see docs/benchmarks.md. {@code SET LOCAL} ends with the transaction; pooled
 * connections go back unchanged.
 */
public final class ProjectionTransactions implements TransactionManager {

    private static final String ASYNCHRONOUS_COMMIT = "SET LOCAL synchronous_commit TO off";

    private final TransactionManager delegate;
    private final JdbcTemplate jdbc;
    private final String settings;
    private final Runnable afterCommit;

    /** The live processors' transactions; {@code afterCommit} runs once each has committed. */
    ProjectionTransactions(TransactionManager delegate, JdbcTemplate jdbc, Runnable afterCommit) {
        this(delegate, jdbc, "", afterCommit);
    }

    /** Also applies {@code localSettings} (more {@code SET LOCAL} statements) to every transaction. */
    public ProjectionTransactions(TransactionManager delegate, JdbcTemplate jdbc, String localSettings) {
        this(delegate, jdbc, localSettings, () -> {});
    }

    private ProjectionTransactions(
            TransactionManager delegate, JdbcTemplate jdbc, String localSettings, Runnable afterCommit) {
        this.delegate = delegate;
        this.jdbc = jdbc;
        this.settings = localSettings.isEmpty() ? ASYNCHRONOUS_COMMIT : localSettings + "; " + ASYNCHRONOUS_COMMIT;
        this.afterCommit = afterCommit;
    }

    @Override
    public Transaction startTransaction() {
        Transaction transaction = delegate.startTransaction();
        try {
            jdbc.execute(settings);
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
        return new Transaction() {
            @Override
            public void commit() {
                transaction.commit();
                afterCommit.run();
            }

            @Override
            public void rollback() {
                transaction.rollback();
            }
        };
    }
}
