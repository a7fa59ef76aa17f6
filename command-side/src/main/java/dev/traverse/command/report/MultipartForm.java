package dev.traverse.command.report;

import dev.traverse.command.rejection.CommandRejectedException;
import dev.traverse.command.rejection.Rejection;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a {@code multipart/form-data} body (RFC 7578) that is already in memory into its named parts. Traverse
 * reads multipart itself instead of through the servlet container, because a write with an Idempotency-Key has had
 * its body read before the controller runs.
 */
final class MultipartForm {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern NAME = Pattern.compile("(?i)(?:^|;)\\s*name=\"([^\"]*)\"");
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    private MultipartForm() {}

    /** Whether {@code contentType} announces a multipart form. */
    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** The parts of {@code body} by name, in order. */
    static Map<String, byte[]> parse(byte[] body, String contentType) {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            throw malformed("the multipart Content-Type names no boundary");
        }
        String value = boundary.group(1) != null ? boundary.group(1) : boundary.group(2);
        byte[] delimiter = ("--" + value).getBytes(StandardCharsets.US_ASCII);
        byte[] separator = ("\r\n--" + value).getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw malformed("the multipart body has no part");
        }
        Map<String, byte[]> parts = new LinkedHashMap<>();
        int cursor = at + delimiter.length;
        while (true) {
            if (startsWith(body, cursor, new byte[] {'-', '-'})) {
                return parts;
            }
            int headersStart = indexOf(body, CRLF, cursor) + CRLF.length;
            int headersEnd = indexOf(body, HEADER_END, headersStart);
            if (headersStart < CRLF.length || headersEnd < 0) {
                throw malformed("a multipart part has no headers");
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            int contentStart = headersEnd + HEADER_END.length;
            int contentEnd = indexOf(body, separator, contentStart);
            if (contentEnd < 0) {
                throw malformed("a multipart part is not closed by its boundary");
            }
            String name = name(headers);
            if (parts.putIfAbsent(name, Arrays.copyOfRange(body, contentStart, contentEnd)) != null) {
                throw CommandRejectedException.invalid(name, name + " is sent twice");
            }
            cursor = contentEnd + separator.length;
        }
    }

    private static String name(String headers) {
        for (String header : headers.split("\r\n")) {
            int colon = header.indexOf(':');
            if (colon > 0 && header.substring(0, colon).trim().equalsIgnoreCase("Content-Disposition")) {
                Matcher name = NAME.matcher(header.substring(colon + 1));
                if (name.find()) {
                    return name.group(1);
                }
            }
        }
        throw malformed("a multipart part has no Content-Disposition name");
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean startsWith(byte[] data, int at, byte[] prefix) {
        return at + prefix.length <= data.length
                && Arrays.equals(Arrays.copyOfRange(data, at, at + prefix.length), prefix);
    }

    private static CommandRejectedException malformed(String detail) {
        return new CommandRejectedException(Rejection.MALFORMED, null, detail);
    }
}
