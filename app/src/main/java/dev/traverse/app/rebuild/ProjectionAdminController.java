package dev.traverse.app.rebuild;

import dev.traverse.api.access.Access;
import dev.traverse.api.access.Permission;
import dev.traverse.app.problem.ProblemException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Projection administration for platform operators: the state of every projection on this node, and rebuilds from
 * the event store, which answer at once (202) and report their progress here while they run.
 */
@RestController
@RequestMapping("/api/v1/admin/projections")
class ProjectionAdminController {

    private static final String BASE = "/api/v1/admin/projections";

    private final ProjectionRebuilds rebuilds;

    ProjectionAdminController(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @GetMapping
    @Access(Permission.OPERATOR)
    Projections list() {
        long head = rebuilds.head();
        return new Projections(
                head,
                rebuilds.projections().stream()
                        .map(name -> rebuilds.status(name, head).orElseThrow())
                        .toList());
    }

    @GetMapping("/{name}")
    @Access(Permission.OPERATOR)
    ProjectionRebuilds.ProjectionStatus one(@PathVariable String name) {
        return rebuilds.status(name, rebuilds.head())
                .orElseThrow(() ->
                        new ProblemException(HttpStatus.NOT_FOUND, "not-found", "no projection named " + name, null));
    }

    /** Rebuilds one projection; 409 while another rebuild runs. */
    @PostMapping("/{name}/rebuild")
    @Access(Permission.OPERATOR)
    ResponseEntity<RebuildProgress> rebuild(@PathVariable String name) {
        RebuildProgress started = rebuilds.start(List.of(name)).get(0);
        return ResponseEntity.accepted().location(URI.create(BASE + "/" + name)).body(started);
    }

    /** Rebuilds every projection, side by side; 409 while another rebuild runs. */
    @PostMapping("/rebuild")
    @Access(Permission.OPERATOR)
    ResponseEntity<List<RebuildProgress>> rebuildAll() {
        return ResponseEntity.accepted().location(URI.create(BASE)).body(rebuilds.start(List.of()));
    }

    /**
     * Every projection on this node.
     *
     * @param head the position of the newest stored event
     * @param projections each projection's state and last rebuild
     */
    record Projections(long head, List<ProjectionRebuilds.ProjectionStatus> projections) {}
}
