package dev.traverse.command.project;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.traverse.api.access.Access;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.api.project.ArchiveProject;
import dev.traverse.api.project.CreateProject;
import dev.traverse.api.project.UpdateProject;
import dev.traverse.command.id.Ids;
import dev.traverse.command.web.IfMatch;
import dev.traverse.command.web.Patch;
import dev.traverse.command.web.Written;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Creates, changes and archives projects. Members create and change them; archiving needs an admin. */
@RestController
class ProjectController {

    private final CommandGateway commands;

    ProjectController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/api/v1/organizations/{id}/projects")
    @Access(value = Permission.WRITE, kind = ResourceKind.ORGANIZATION, resource = "id")
    ResponseEntity<Written> create(@PathVariable String id, @Valid @RequestBody CreateProjectRequest request) {
        String projectId = Ids.next();
        commands.sendAndWait(new CreateProject(projectId, id, request.name(), request.defaultUrlRoute()));
        return Written.created("/api/v1/projects/" + projectId, projectId, 1);
    }

    @PatchMapping("/api/v1/projects/{id}")
    @Access(value = Permission.WRITE, kind = ResourceKind.PROJECT, resource = "id")
    ResponseEntity<Written> update(
            @PathVariable String id,
            @Valid @RequestBody UpdateProjectRequest request,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        long version = commands.sendAndWait(new UpdateProject(
                id,
                Patch.change(request.name()),
                Patch.change(request.defaultUrlRoute()),
                IfMatch.expectedVersion(ifMatch)));
        return Written.updated(id, version);
    }

    @DeleteMapping("/api/v1/projects/{id}")
    @Access(value = Permission.ADMIN, kind = ResourceKind.PROJECT, resource = "id")
    ResponseEntity<Void> archive(
            @PathVariable String id, @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        commands.sendAndWait(new ArchiveProject(id, IfMatch.expectedVersion(ifMatch)));
        return Written.deleted();
    }

    record CreateProjectRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2048) String defaultUrlRoute) {}

    /** PATCH body: a field left out stays as it is, a field sent as null is cleared. */
    static final class UpdateProjectRequest {

        @JsonProperty
        private Optional<@NotBlank @Size(max = 200) String> name;

        @JsonProperty
        private Optional<@Size(max = 2048) String> defaultUrlRoute;

        Optional<String> name() {
            return name;
        }

        Optional<String> defaultUrlRoute() {
            return defaultUrlRoute;
        }
    }
}
