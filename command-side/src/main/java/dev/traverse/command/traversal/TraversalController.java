package dev.traverse.command.traversal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.traverse.api.access.Access;
import dev.traverse.api.access.AccessGrant;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.api.traversal.BrainState;
import dev.traverse.api.traversal.RecordedPath;
import dev.traverse.command.web.Bodies;
import dev.traverse.command.web.Written;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Creates traversals and records the agent's path on them. */
@RestController
class TraversalController {

    static final int MAX_BATCH = 500;

    private final TraversalCommands traversals;
    private final Bodies bodies;

    TraversalController(TraversalCommands traversals, Bodies bodies) {
        this.traversals = traversals;
        this.bodies = bodies;
    }

    @PostMapping("/api/v1/test-cases/{id}/traversals")
    @Access(value = Permission.WRITE, kind = ResourceKind.TEST_CASE, resource = "id")
    ResponseEntity<Written> create(
            @PathVariable String id,
            @Valid @RequestBody CreateTraversalRequest request,
            @RequestAttribute(AccessGrant.ATTRIBUTE) AccessGrant grant) {
        String traversalId = traversals.create(grant, request.browserConfigId(), request.expectedOutcome());
        return Written.created("/api/v1/traversals/" + traversalId, traversalId, 1);
    }

    /** One brain state, or {@code {"brain_states": [...]}}; answers the ids of every brain state and action sent. */
    @PostMapping("/api/v1/traversals/{id}/brain-states")
    @Access(value = Permission.WRITE, kind = ResourceKind.TRAVERSAL, resource = "id", scope = "runs:write")
    RecordedPath record(@PathVariable String id, @RequestBody JsonNode body) {
        List<BrainState> brainStates =
                bodies.oneOrMany(body, "brain_states", BrainStateRequest.class, MAX_BATCH).stream()
                        .map(BrainStateRequest::withNewIds)
                        .toList();
        return traversals.record(id, brainStates);
    }

    /** Attaches a secret of the project as an input of the traversal (the seeds' secret_value_traversal). */
    @PutMapping("/api/v1/traversals/{id}/secrets/{secretId}")
    @Access(value = Permission.WRITE, kind = ResourceKind.TRAVERSAL, resource = "id")
    ResponseEntity<Void> attachSecret(
            @PathVariable String id,
            @PathVariable String secretId,
            @RequestAttribute(AccessGrant.ATTRIBUTE) AccessGrant grant) {
        traversals.attachSecret(grant, secretId);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/v1/traversals/{id}/secrets/{secretId}")
    @Access(value = Permission.WRITE, kind = ResourceKind.TRAVERSAL, resource = "id")
    ResponseEntity<Void> detachSecret(
            @PathVariable String id,
            @PathVariable String secretId,
            @RequestAttribute(AccessGrant.ATTRIBUTE) AccessGrant grant) {
        traversals.detachSecret(grant, secretId);
        return ResponseEntity.noContent().build();
    }

    record CreateTraversalRequest(
            @NotBlank @Size(max = 64) String browserConfigId,
            @Size(max = 20_000) String expectedOutcome) {}
}
