package dev.traverse.command.report;

import java.util.regex.Pattern;

/**
 * Cleans text taken from reports: ANSI colour codes out (Playwright colours its messages), stack frames out of
 * failure messages, control characters out of titles, and every string bounded so that events stay small.
 */
final class ReportText {

    /** Longest failure message kept per test or run error. */
    static final int MESSAGE = 1_000;

    static final int TITLE = 400;
    static final int FILE = 300;
    static final int PROJECT = 100;
    static final int ATTACHMENT = 100;
    static final int ATTACHMENTS = 20;
    static final int RUN_ERRORS = 10;

    /** CSI sequences ({@code ESC [ ... m} colours, cursor moves), OSC sequences (links) and two-byte escapes. */
    private static final Pattern ANSI =
            Pattern.compile("\u001B(?:\\[[0-?]*[ -/]*[@-~]|\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)?|[@-Z\\\\-_])");

    private static final Pattern STACK_FRAME = Pattern.compile("^\\s+at \\S.*$");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\n\t]]");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\r\n]+\\s*");

    private ReportText() {}

    /** A failure message: no ANSI codes, no stack frames, no trailing blank lines, at most {@link #MESSAGE}. */
    static String message(String raw) {
        if (raw == null) {
            return null;
        }
        String text = CONTROL.matcher(ANSI.matcher(raw).replaceAll("")).replaceAll("");
        StringBuilder kept = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!STACK_FRAME.matcher(line).matches()) {
                kept.append(line.stripTrailing()).append('\n');
            }
        }
        String message = kept.toString().strip();
        return message.isEmpty() ? null : bounded(message, MESSAGE);
    }

    /** A one-line name (a title, a file, a project): no ANSI codes or line breaks, at most {@code max}. */
    static String name(String raw, int max) {
        if (raw == null) {
            return "";
        }
        String text = ANSI.matcher(raw).replaceAll("");
        text = CONTROL.matcher(LINE_BREAKS.matcher(text).replaceAll(" ")).replaceAll("");
        return bounded(text.strip(), max);
    }

    /** A path with forward slashes, whatever system wrote it. */
    static String path(String raw) {
        return name(raw == null ? null : raw.replace('\\', '/'), FILE);
    }

    /** {@code text} cut to {@code max} characters with an ellipsis, never inside a surrogate pair. */
    static String bounded(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
