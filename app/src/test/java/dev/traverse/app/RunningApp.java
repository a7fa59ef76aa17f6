package dev.traverse.app;

import dev.traverse.testsupport.TestPostgres;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A Traverse process of its own, for tests that stop and start the application (restarts, rebuilds). */
public final class RunningApp implements AutoCloseable {

    private final ServletWebServerApplicationContext context;

    private RunningApp(ServletWebServerApplicationContext context) {
        this.context = context;
    }

    /**
     * Starts the application on a random port against {@code databaseUrl}, with extra {@code key=value} settings
     * passed as command-line arguments, exactly as an operator would.
     */
    public static RunningApp start(String databaseUrl, String... properties) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + TestPostgres.user(),
                "--spring.datasource.password=" + TestPostgres.password(),
                "--traverse.security.jwt.hs256-secret=" + Tokens.SECRET,
                "--server.port=0"));
        for (String property : properties) {
            arguments.add("--" + property);
        }
        var context = (ServletWebServerApplicationContext)
                new SpringApplicationBuilder(TraverseApplication.class).run(arguments.toArray(String[]::new));
        return new RunningApp(context);
    }

    public Api api() {
        return Api.at(context.getWebServer().getPort());
    }

    public JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
