package dev.traverse.command.report;

import dev.traverse.command.artifact.ArtifactTooLargeException;
import dev.traverse.command.rejection.CommandRejectedException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A pushed report: its bytes and its metadata, from the raw body and the query string, or from a multipart form (a
 * part named {@code report} or {@code file}, and fields named like the query parameters).
 *
 * <p>The body is read into memory, up to the size limit: it is parsed and then stored as the raw artifact, and the
 * artifact store takes bytes. The query string is parsed here, never through {@code getParameter}, which would
 * consume a form-encoded body (what {@code curl --data} sends by default).
 *
 * @param report the report's bytes
 * @param fields the metadata by name; blank values are left out
 */
record ReportUpload(byte[] report, Map<String, String> fields) {

    static final Set<String> FIELDS = Set.of("test_tool", "commit_hash", "branch", "creator", "run_at");
    private static final Set<String> REPORT_PARTS = Set.of("report", "file");

    static ReportUpload read(HttpServletRequest request, long maxBytes) throws IOException {
        Map<String, String> fields = query(request.getQueryString());
        byte[] body = body(request, maxBytes);
        if (!MultipartForm.isMultipart(request.getContentType())) {
            return new ReportUpload(body, fields);
        }
        byte[] report = null;
        for (Map.Entry<String, byte[]> part :
                MultipartForm.parse(body, request.getContentType()).entrySet()) {
            String name = part.getKey();
            if (REPORT_PARTS.contains(name)) {
                if (report != null) {
                    throw CommandRejectedException.invalid(name, "send one report per request");
                }
                report = part.getValue();
            } else {
                put(fields, name, new String(part.getValue(), StandardCharsets.UTF_8), true);
            }
        }
        if (report == null) {
            throw CommandRejectedException.invalid("report", "send the report as a part named report (or file)");
        }
        return new ReportUpload(report, fields);
    }

    private static byte[] body(HttpServletRequest request, long maxBytes) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            throw new ArtifactTooLargeException(maxBytes);
        }
        try (InputStream input = request.getInputStream()) {
            byte[] body = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw new ArtifactTooLargeException(maxBytes);
            }
            return body;
        }
    }

    private static Map<String, String> query(String query) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return fields;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            put(fields, name, equals < 0 ? "" : decode(pair.substring(equals + 1)), false);
        }
        return fields;
    }

    private static void put(Map<String, String> fields, String name, String value, boolean fromForm) {
        if (!FIELDS.contains(name)) {
            throw CommandRejectedException.invalid(
                    name, name + " is not a known parameter; use test_tool, commit_hash, branch, creator, run_at");
        }
        String previous = fields.get(name);
        if (previous != null && !previous.equals(value.strip())) {
            throw CommandRejectedException.invalid(
                    name, name + (fromForm ? " differs between the query and the form" : " is given twice"));
        }
        if (!value.isBlank()) {
            fields.put(name, value.strip());
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw CommandRejectedException.invalid(null, "the query string is not properly encoded");
        }
    }
}
