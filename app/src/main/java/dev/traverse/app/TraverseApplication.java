package dev.traverse.app;

import dev.traverse.app.cli.TraverseCli;
import dev.traverse.command.CommandSideConfiguration;
import dev.traverse.query.QuerySideConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs Traverse. {@code traverse.sides.command} and {@code traverse.sides.query} (both true by default) let a node
 * serve one side only; {@code --traverse.cli=...} runs a command-line entry point instead (see {@link TraverseCli}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TraverseApplication {

    public static void main(String[] args) {
        if (TraverseCli.requested(args)) {
            System.exit(TraverseCli.run(System.out, args));
        }
        SpringApplication.run(TraverseApplication.class, args);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "traverse.sides.command", havingValue = "true", matchIfMissing = true)
    @Import(CommandSideConfiguration.class)
    static class CommandSide {}

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "traverse.sides.query", havingValue = "true", matchIfMissing = true)
    @Import(QuerySideConfiguration.class)
    static class QuerySide {}
}
