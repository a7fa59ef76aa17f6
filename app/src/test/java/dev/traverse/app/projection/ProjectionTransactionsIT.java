package dev.traverse.app.projection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.testsupport.TestPostgres;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Projection transactions commit asynchronously and carry their extra settings, for their own length only: the
 * connection goes back to the pool as it came.
 */
class ProjectionTransactionsIT {

    private SingleConnectionDataSource dataSource;
    private JdbcTemplate jdbc;
    private SpringTransactionManager spring;

    @BeforeEach
    void connection() {
        dataSource = new SingleConnectionDataSource(
                TestPostgres.createdDatabaseUrl("projection_tx"), TestPostgres.user(), TestPostgres.password(), true);
        jdbc = new JdbcTemplate(dataSource);
        spring = new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
    }

    @AfterEach
    void close() {
        dataSource.destroy();
    }

    @Test
    void aProjectionBatchCommitsWithoutWaitingForTheDiskAndOnlyIt() {
        AtomicInteger commits = new AtomicInteger();
        ProjectionTransactions transactions = new ProjectionTransactions(spring, jdbc, commits::incrementAndGet);
        Transaction transaction = transactions.startTransaction();
        assertThat(setting("synchronous_commit")).isEqualTo("off");
        transaction.commit();
        assertThat(setting("synchronous_commit")).isEqualTo("on");
        // Waiting writes are woken after a commit, not after a rollback.
        assertThat(commits).hasValue(1);
        transactions.startTransaction().rollback();
        assertThat(commits).hasValue(1);
    }

    @Test
    void extraSettingsHoldForTheTransactionToo() {
        jdbc.execute("CREATE SCHEMA shadow");
        Transaction transaction =
                new ProjectionTransactions(spring, jdbc, "SET LOCAL search_path TO shadow, public").startTransaction();
        assertThat(setting("search_path")).isEqualTo("shadow, public");
        assertThat(setting("synchronous_commit")).isEqualTo("off");
        transaction.rollback();
        assertThat(setting("search_path")).isEqualTo("\"$user\", public");
        assertThat(setting("synchronous_commit")).isEqualTo("on");
    }

    private String setting(String name) {
        return jdbc.queryForObject("SELECT current_setting(?)", String.class, name);
    }
}
