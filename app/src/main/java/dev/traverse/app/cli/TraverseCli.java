package dev.traverse.app.cli;

import dev.traverse.app.TraverseApplication;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Command-line entry points, run from the application's own jar with its usual configuration:
 *
 * <pre>
 * java -jar app.jar --traverse.cli=verify [--traverse.cli.organization=ID] [--traverse.cli.through=POSITION]
 * java -jar app.jar --traverse.cli=rebuild [--traverse.cli.projection=NAME]
 * </pre>
 *
 * The application starts without its HTTP server (Flyway migrates, processors join like on any node), runs the
 * command and exits: 0 when the chains are intact or the rebuild succeeded, 1 when not, 2 on a usage error. Only
 * errors are logged, so the command's own output (JSON for verify) stays readable; {@code --logging.level.root=INFO}
 * shows more.
 */
public final class TraverseCli {

    /** The argument that selects command-line mode. */
    public static final String COMMAND = "--traverse.cli=";

    private TraverseCli() {}

    /** Whether the arguments ask for a command instead of the server. */
    public static boolean requested(String... args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith(COMMAND));
    }

    /** Runs the command the arguments name and returns the process's exit code. */
    public static int run(PrintStream out, String... args) {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        // No HTTP server: nothing listens, and no token is ever verified, so a throwaway secret satisfies the
        // security configuration when the operator's environment carries none.
        arguments.add("--server.port=-1");
        addUnlessGiven(arguments, "traverse.security.jwt.hs256-secret", throwawaySecret());
        addUnlessGiven(arguments, "logging.level.root", "ERROR");
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(TraverseApplication.class).run(arguments.toArray(String[]::new))) {
            return context.getBean(CliCommands.class).run(out);
        }
    }

    private static void addUnlessGiven(List<String> arguments, String name, String value) {
        if (arguments.stream().noneMatch(arg -> arg.startsWith("--" + name + "="))) {
            arguments.add("--" + name + "=" + value);
        }
    }

    private static String throwawaySecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }
}
