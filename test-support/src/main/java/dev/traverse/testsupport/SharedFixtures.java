package dev.traverse.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real third-party files (agent histories, CI reports) kept in {@code shared/fixtures} beside the checkout. They
 * are read from there, never copied into the project. {@code TRAVERSE_FIXTURES} overrides the location.
 */
public final class SharedFixtures {

    private SharedFixtures() {}

    /** The fixture at {@code relative} (such as {@code browser-use/file.json}). */
    public static Path path(String relative) {
        return root().resolve(relative);
    }

    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() {
        String configured = System.getenv("TRAVERSE_FIXTURES");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("fixtures");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No shared/fixtures above "
                + Path.of("").toAbsolutePath() + "; check out the project beside shared/ or set TRAVERSE_FIXTURES");
    }
}
