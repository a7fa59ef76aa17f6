package dev.traverse.command.project;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.traverse.api.access.Access;
import dev.traverse.api.access.AccessGrant;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.api.project.CreateTag;
import dev.traverse.api.project.DeleteTag;
import dev.traverse.api.project.UpdateTag;
import dev.traverse.command.id.Ids;
import dev.traverse.command.web.IfMatch;
import dev.traverse.command.web.Patch;
import dev.traverse.command.web.Written;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Creates, changes and deletes a project's tags. */
@RestController
class TagController {

    static final String COLOR = "#[0-9a-fA-F]{6}";
    static final String COLOR_MESSAGE = "must be a color written #rrggbb, such as #1f77b4";

    private final CommandGateway commands;

    TagController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/api/v1/projects/{id}/tags")
    @Access(value = Permission.WRITE, kind = ResourceKind.PROJECT, resource = "id")
    ResponseEntity<Written> create(@PathVariable String id, @Valid @RequestBody CreateTagRequest request) {
        String tagId = Ids.next();
        commands.sendAndWait(new CreateTag(id, tagId, request.name(), request.color()));
        return Written.created("/api/v1/tags/" + tagId, tagId, 1);
    }

    @PatchMapping("/api/v1/tags/{id}")
    @Access(value = Permission.WRITE, kind = ResourceKind.TAG, resource = "id")
    ResponseEntity<Written> update(
            @PathVariable String id,
            @Valid @RequestBody UpdateTagRequest request,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @RequestAttribute(AccessGrant.ATTRIBUTE) AccessGrant grant) {
        long version = commands.sendAndWait(new UpdateTag(
                grant.projectId(),
                id,
                Patch.change(request.name()),
                Patch.change(request.color()),
                IfMatch.expectedVersion(ifMatch)));
        return Written.updated(id, version);
    }

    @DeleteMapping("/api/v1/tags/{id}")
    @Access(value = Permission.WRITE, kind = ResourceKind.TAG, resource = "id")
    ResponseEntity<Void> delete(
            @PathVariable String id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @RequestAttribute(AccessGrant.ATTRIBUTE) AccessGrant grant) {
        commands.sendAndWait(new DeleteTag(grant.projectId(), id, IfMatch.expectedVersion(ifMatch)));
        return Written.deleted();
    }

    record CreateTagRequest(
            @NotBlank @Size(max = 100) String name,

            @NotNull @Pattern(regexp = COLOR, message = COLOR_MESSAGE)
            String color) {}

    /** PATCH body: a field left out stays as it is, a field sent as null is cleared. */
    static final class UpdateTagRequest {

        @JsonProperty
        private Optional<@NotBlank @Size(max = 100) String> name;

        @JsonProperty
        private Optional<@NotNull @Pattern(regexp = COLOR, message = COLOR_MESSAGE) String> color;

        Optional<String> name() {
            return name;
        }

        Optional<String> color() {
            return color;
        }
    }
}
