package dev.traverse.app.isolation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.traverse.app.Api;
import dev.traverse.app.isolation.Caller.Target;
import dev.traverse.command.id.Ids;
import java.util.List;
import java.util.Map;

/** Answers as the matrix compares and reports them. */
final class Answers {

    /** Per-request fields of a problem, which differ between any two calls. */
    private static final List<String> PER_REQUEST = List.of("instance", "request_id", "trace_id", "traceId");

    private Answers() {}

    /**
     * The status and body without per-request fields, every addressed id replaced by a placeholder: two answers that
     * tell a caller the same are equal.
     */
    static String normalized(Api.Response response, Map<Target, Map<String, String>> variables) {
        JsonNode json = response.json();
        String body = json instanceof ObjectNode object
                ? object.deepCopy().without(PER_REQUEST).toString()
                : response.body();
        for (Map<String, String> values : variables.values()) {
            for (String id : values.values()) {
                if (id.length() >= Ids.LENGTH) {
                    body = body.replace(id, "{id}");
                }
            }
        }
        return response.status() + " " + body;
    }

    /** Status and the start of the body, for a failure message. */
    static String abbreviated(Api.Response response) {
        String body = response.body();
        return response.status() + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
    }
}
