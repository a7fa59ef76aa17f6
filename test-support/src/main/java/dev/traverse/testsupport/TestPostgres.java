package dev.traverse.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/** Hands out database URLs on a real PostgreSQL server. */
public final class TestPostgres {

    private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();
    private static volatile Server server;

    private TestPostgres() {}

    /**
     * A JDBC URL for a database nobody has used, named after {@code purpose}. The database is not created: callers
     * that go through the application let it create the database itself; others call {@link #createDatabase}.
     */
    public static String freshDatabaseUrl(String purpose) {
        String name = "traverse_test_" + purpose.toLowerCase().replaceAll("[^a-z0-9]", "_") + "_"
                + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet() + "_"
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36);
        CREATED.add(name);
        return server().url(name);
    }

    /** A fresh database, already created. */
    public static String createdDatabaseUrl(String purpose) {
        String url = freshDatabaseUrl(purpose);
        String name = url.substring(url.lastIndexOf('/') + 1);
        try (Connection admin = admin();
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return url;
    }

    public static String user() {
        return server().user();
    }

    public static String password() {
        return server().password();
    }

    /** A connection to {@code url} with the test credentials. */
    public static Connection connect(String url) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", user());
        credentials.setProperty("password", password());
        return DriverManager.getConnection(url, credentials);
    }

    private static Connection admin() throws SQLException {
        return connect(server().url("postgres"));
    }

    private static synchronized Server server() {
        if (server == null) {
            server = locate();
            Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::dropCreated, "drop-test-databases"));
        }
        return server;
    }

    private static Server locate() {
        String base = env("TRAVERSE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
        Server local = new Server(
                base.endsWith("/") ? base : base + "/",
                env("TRAVERSE_TEST_PG_USER", "postgres"),
                env("TRAVERSE_TEST_PG_PASSWORD", ""));
        if (local.reachable()) {
            return local;
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            log.info("No PostgreSQL at {}; starting one with Testcontainers", base);
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:16-alpine");
            container.start();
            String url = container.getJdbcUrl();
            return new Server(
                    url.substring(0, url.lastIndexOf('/') + 1), container.getUsername(), container.getPassword());
        }
        throw new IllegalStateException("No PostgreSQL at " + base + " and no Docker engine for Testcontainers. Start"
                + " PostgreSQL (see README.md) or point TRAVERSE_TEST_PG_URL at one.");
    }

    private static void dropCreated() {
        try (Connection admin = admin();
                Statement statement = admin.createStatement()) {
            for (String name : CREATED) {
                statement.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
            }
        } catch (SQLException e) {
            log.warn("could not drop test databases: {}", e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private record Server(String baseUrl, String user, String password) {

        String url(String database) {
            return baseUrl + database;
        }

        boolean reachable() {
            Properties credentials = new Properties();
            credentials.setProperty("user", user);
            credentials.setProperty("password", password);
            credentials.setProperty("connectTimeout", "3");
            try (Connection ignored = DriverManager.getConnection(url("postgres"), credentials)) {
                return true;
            } catch (SQLException e) {
                return false;
            }
        }
    }
}
