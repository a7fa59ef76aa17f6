package dev.traverse.app.rebuild;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The shadow processor's transactions: the application's, with the shadow schema first on the search path for the
 * transaction's length. The projections name their tables without a schema, so the very same handler instances write
 * the shadow copies, while tables the projection does not own (and {@code es.token_entry}, named with its schema)
 * resolve as usual. {@code SET LOCAL} ends with the transaction; pooled connections go back unchanged.
 */
final class ShadowTransactionManager implements TransactionManager {

    private final TransactionManager delegate;
    private final JdbcTemplate jdbc;
    private final String schema;

    ShadowTransactionManager(TransactionManager delegate, JdbcTemplate jdbc, String schema) {
        this.delegate = delegate;
        this.jdbc = jdbc;
        this.schema = schema;
    }

    @Override
    public Transaction startTransaction() {
        Transaction transaction = delegate.startTransaction();
        try {
            jdbc.execute("SET LOCAL search_path TO " + ShadowSchema.quote(schema) + ", public");
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
        return transaction;
    }
}
