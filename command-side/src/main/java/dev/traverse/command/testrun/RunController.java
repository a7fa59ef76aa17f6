package dev.traverse.command.testrun;

import com.fasterxml.jackson.databind.JsonNode;
import dev.traverse.api.access.Access;
import dev.traverse.api.access.AccessGrant;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.api.testrun.HistoryElement;
import dev.traverse.api.testrun.Usage;
import dev.traverse.command.web.Bodies;
import dev.traverse.command.web.Written;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Starts runs and records what they did, what they cost and how they ended. */
@RestController
class RunController {

    static final int MAX_BATCH = 1_000;

    private final RunCommands runs;
    private final Bodies bodies;

    RunController(RunCommands runs, Bodies bodies) {
        this.runs = runs;
        this.bodies = bodies;
    }

    @PostMapping("/api/v1/traversals/{id}/runs")
    @Access(value = Permission.WRITE, kind = ResourceKind.TRAVERSAL, resource = "id", scope = "runs:write")
    ResponseEntity<Written> start(
            @PathVariable String id,
            @Valid @RequestBody RunRequests.StartRun request,
            @RequestAttribute(AccessGrant.ATTRIBUTE) AccessGrant grant) {
        String runId = runs.start(grant, request.runType(), request.testConfig(), request.repairsRunId(), null);
        return Written.created("/api/v1/runs/" + runId, runId, 1);
    }

    /** One history element, or {@code {"elements": [...]}}; answers the elements as recorded, with their ids. */
    @PostMapping("/api/v1/runs/{id}/history")
    @Access(value = Permission.WRITE, kind = ResourceKind.RUN, resource = "id", scope = "runs:write")
    Map<String, List<HistoryElement>> history(
            @PathVariable String id,
            @RequestBody JsonNode body,
            @RequestAttribute(AccessGrant.ATTRIBUTE) AccessGrant grant) {
        List<RunRequests.HistoryEntry> entries =
                bodies.oneOrMany(body, "elements", RunRequests.HistoryEntry.class, MAX_BATCH);
        return Map.of("elements", runs.recordHistory(grant, entries));
    }

    /** One usage report, or {@code {"usages": [...]}}; answers them priced. */
    @PostMapping("/api/v1/runs/{id}/costs")
    @Access(value = Permission.WRITE, kind = ResourceKind.RUN, resource = "id", scope = "runs:write")
    Map<String, List<Usage>> usage(
            @PathVariable String id,
            @RequestBody JsonNode body,
            @RequestAttribute(AccessGrant.ATTRIBUTE) AccessGrant grant) {
        List<RunRequests.UsageEntry> entries =
                bodies.oneOrMany(body, "usages", RunRequests.UsageEntry.class, MAX_BATCH);
        return Map.of("usages", runs.recordUsage(grant, entries));
    }

    @PostMapping("/api/v1/runs/{id}/finish")
    @Access(value = Permission.WRITE, kind = ResourceKind.RUN, resource = "id", scope = "runs:write")
    Map<String, String> finish(
            @PathVariable String id,
            @Valid @RequestBody RunRequests.Finish request,
            @RequestAttribute(AccessGrant.ATTRIBUTE) AccessGrant grant) {
        runs.finish(grant, request);
        return Map.of("id", id, "state", request.state().name());
    }
}
