package dev.traverse.app.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.postgresql.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Creates the configured database when it does not exist yet, so a fresh PostgreSQL needs no manual step. It connects
 * to the server's {@code postgres} maintenance database with the configured credentials; when that fails (no
 * server, no right to create databases) it stays silent and lets the normal connection report the problem.
 */
@Component
class DatabaseBootstrap implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBootstrap.class);
    private static final String DUPLICATE_DATABASE = "42P04";

    private final Environment environment;
    private volatile boolean done;

    DatabaseBootstrap(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (!done && bean instanceof javax.sql.DataSource) {
            done = true;
            String url = environment.getProperty("spring.datasource.url");
            if (url != null && url.startsWith("jdbc:postgresql:")) {
                ensureDatabase(
                        url,
                        environment.getProperty("spring.datasource.username"),
                        environment.getProperty("spring.datasource.password"));
            }
        }
        return bean;
    }

    /** Creates the database named in {@code jdbcUrl} unless it exists. */
    static void ensureDatabase(String jdbcUrl, String user, String password) {
        Properties parsed = Driver.parseURL(jdbcUrl, null);
        if (parsed == null) {
            return;
        }
        String database = parsed.getProperty("PGDBNAME");
        if (database == null || database.isBlank() || database.equals("postgres")) {
            return;
        }
        String maintenanceUrl = jdbcUrl.replaceFirst("(jdbc:postgresql://[^/]*/)[^?]*", "$1postgres");
        Properties credentials = new Properties();
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, credentials)) {
            if (exists(connection, database)) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
                log.info("Created database {}", database);
            }
        } catch (SQLException e) {
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                log.debug("Could not check or create database {}: {}", database, e.getMessage());
            }
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }
}
