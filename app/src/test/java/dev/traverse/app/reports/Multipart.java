package dev.traverse.app.reports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body as curl -F builds it: a random boundary, a file part and text fields. */
public record Multipart(byte[] body, String contentType) {

    /** The report as the part {@code report}, then {@code fields} as name, value pairs. */
    public static Multipart of(byte[] report, String... fields) {
        String boundary =
                "------------------------" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\n");
        write(body, "Content-Disposition: form-data; name=\"report\"; filename=\"results.json\"\r\n");
        write(body, "Content-Type: application/json\r\n\r\n");
        body.writeBytes(report);
        write(body, "\r\n");
        for (int i = 0; i < fields.length; i += 2) {
            write(body, "--" + boundary + "\r\n");
            write(body, "Content-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n");
            write(body, fields[i + 1] + "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return new Multipart(body.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
