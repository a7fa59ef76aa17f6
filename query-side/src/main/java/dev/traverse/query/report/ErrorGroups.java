package dev.traverse.query.report;

import java.util.regex.Pattern;

/**
 * Normalizes failure messages so that the same failure groups together across tests and runs: ids, hex strings and
 * numbers (line numbers, timeouts, counts, values) become placeholders and whitespace is collapsed. It runs in the
 * projection, so a better rule applies to all history after a rebuild.
 */
final class ErrorGroups {

    private static final int MAX = 300;
    private static final Pattern UUID =
            Pattern.compile("(?i)\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");
    private static final Pattern HEX = Pattern.compile("\\b(?:0x)?[0-9a-fA-F]{8,}\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private ErrorGroups() {}

    /** The group of {@code message}, or null for none. */
    static String of(String message) {
        if (message == null || message.isBlank()) {
            return null;
        }
        String group = UUID.matcher(message).replaceAll("<id>");
        // Hashes and ids mix digits and letters; a plain long number is left to the number rule.
        group = HEX.matcher(group).replaceAll(match -> isHash(match.group()) ? "<hex>" : match.group());
        group = NUMBER.matcher(group).replaceAll("<n>");
        group = SPACE.matcher(group).replaceAll(" ").strip();
        return group.length() <= MAX ? group : group.substring(0, MAX);
    }

    private static boolean isHash(String token) {
        return token.chars().anyMatch(Character::isDigit) && token.chars().anyMatch(Character::isLetter);
    }
}
