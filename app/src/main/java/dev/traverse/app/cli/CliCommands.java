package dev.traverse.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.traverse.app.integrity.ChainVerifier;
import dev.traverse.app.integrity.SettledPosition;
import dev.traverse.app.integrity.Verification;
import dev.traverse.app.problem.ProblemException;
import dev.traverse.app.rebuild.ProjectionRebuilds;
import dev.traverse.app.rebuild.RebuildProgress;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The commands {@link TraverseCli} runs, with the application's beans; idle when the application serves HTTP. */
@Component
class CliCommands {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final long PROGRESS_MILLIS = 1_000;

    private final Environment environment;
    private final ChainVerifier verifier;
    private final SettledPosition settled;
    private final ProjectionRebuilds rebuilds;
    private final ObjectMapper json;

    CliCommands(
            Environment environment,
            ChainVerifier verifier,
            SettledPosition settled,
            ProjectionRebuilds rebuilds,
            ObjectMapper json) {
        this.environment = environment;
        this.verifier = verifier;
        this.settled = settled;
        this.rebuilds = rebuilds;
        this.json = json;
    }

    int run(PrintStream out) {
        String command = environment.getProperty("traverse.cli", "");
        try {
            return switch (command) {
                case "verify" -> verify(out);
                case "rebuild" -> rebuild(out);
                default -> usage(out, "unknown command '" + command + "'");
            };
        } catch (ProblemException e) {
            out.println(e.getMessage());
            return e.status().is4xxClientError() ? USAGE : FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FAILED;
        }
    }

    /** Walks the chains of one organization or of the whole store and prints the report as JSON. */
    private int verify(PrintStream out) {
        String organization = environment.getProperty("traverse.cli.organization");
        long position = settled.await();
        Long through = environment.getProperty("traverse.cli.through", Long.class);
        long until = through == null ? position : Math.min(through, position);
        Verification report = organization == null || organization.isBlank()
                ? verifier.all(until)
                : verifier.organization(organization, until);
        out.println(pretty(report));
        return report.intact() ? OK : FAILED;
    }

    /** Rebuilds one projection or all, printing progress every second. */
    private int rebuild(PrintStream out) throws InterruptedException {
        String projection = environment.getProperty("traverse.cli.projection");
        List<RebuildProgress> started =
                rebuilds.start(projection == null || projection.isBlank() ? List.of() : List.of(projection));
        boolean failed = false;
        for (RebuildProgress rebuild : started) {
            RebuildProgress progress = rebuild;
            while (!progress.over()) {
                Thread.sleep(PROGRESS_MILLIS);
                Optional<RebuildProgress> latest = rebuilds.latest(rebuild.projection());
                progress = latest.orElse(progress);
                out.println(line(progress));
            }
            failed |= progress.phase().equals("failed");
        }
        return failed ? FAILED : OK;
    }

    private static String line(RebuildProgress progress) {
        String line = progress.projection() + ": " + progress.phase() + ", " + progress.eventsDone() + "/"
                + progress.eventsTotal() + " events, " + progress.ratePerSecond() + " events/s";
        return progress.error() == null ? line : line + ", " + progress.error();
    }

    private int usage(PrintStream out, String problem) {
        out.println(problem);
        out.println("usage: --traverse.cli=verify [--traverse.cli.organization=ID] [--traverse.cli.through=POSITION]");
        out.println("       --traverse.cli=rebuild [--traverse.cli.projection=NAME]");
        out.println("projections: " + String.join(", ", rebuilds.projections()));
        return USAGE;
    }

    private String pretty(Object value) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
