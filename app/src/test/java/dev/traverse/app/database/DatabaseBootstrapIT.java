package dev.traverse.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.testsupport.TestPostgres;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

class DatabaseBootstrapIT {

    @Test
    void createsAMissingDatabaseAndLeavesAnExistingOneAlone() throws Exception {
        String url = TestPostgres.freshDatabaseUrl("bootstrap");
        DatabaseBootstrap.ensureDatabase(url, TestPostgres.user(), TestPostgres.password());
        try (Connection connection = TestPostgres.connect(url)) {
            connection.createStatement().execute("CREATE TABLE kept (id int)");
        }
        DatabaseBootstrap.ensureDatabase(url, TestPostgres.user(), TestPostgres.password());
        try (Connection connection = TestPostgres.connect(url)) {
            assertThat(connection
                            .createStatement()
                            .executeQuery("SELECT count(*) FROM kept")
                            .next())
                    .isTrue();
        }
    }

    @Test
    void staysQuietWhenTheServerCannotBeReached() {
        DatabaseBootstrap.ensureDatabase("jdbc:postgresql://127.0.0.1:1/nowhere?connectTimeout=1", "x", "y");
    }
}
