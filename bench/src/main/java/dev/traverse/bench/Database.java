package dev.traverse.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** The benchmark's own connections: creating and dropping the fresh database, preloads and observations. */
final class Database {

    private final String serverUrl;
    private final String name;
    private final Properties credentials = new Properties();

    Database(Settings settings, String name) {
        String url = settings.text(Setting.JDBC_URL);
        this.serverUrl = url.endsWith("/") ? url : url + "/";
        this.name = name;
        credentials.setProperty("user", settings.text(Setting.DB_USER));
        credentials.setProperty("password", settings.text(Setting.DB_PASSWORD));
    }

    String name() {
        return name;
    }

    /** The application's JDBC URL for this database. */
    String url() {
        return serverUrl + name;
    }

    String host() {
        return URI.create(serverUrl.substring("jdbc:".length())).getHost();
    }

    int port() {
        int port = URI.create(serverUrl.substring("jdbc:".length())).getPort();
        return port < 0 ? 5432 : port;
    }

    String user() {
        return credentials.getProperty("user");
    }

    String password() {
        return credentials.getProperty("password");
    }

    void create() throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl + "postgres", credentials);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
    }

    void drop() throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl + "postgres", credentials);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), credentials);
    }

    /** Runs a SQL script from the classpath (statements separated the way PostgreSQL's simple protocol allows). */
    void runScript(String resource) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute(resource(resource));
        }
    }

    long queryLong(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static String resource(String path) {
        try (InputStream input = Database.class.getResourceAsStream(path)) {
            if (input == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
