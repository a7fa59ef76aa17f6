package dev.traverse.command.project;

import dev.traverse.api.access.Access;
import dev.traverse.api.access.AccessGrant;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.api.project.CreateBrowserConfig;
import dev.traverse.api.project.DeleteBrowserConfig;
import dev.traverse.api.project.UpdateBrowserConfig;
import dev.traverse.command.id.Ids;
import dev.traverse.command.web.IfMatch;
import dev.traverse.command.web.Written;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
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

/** Creates, replaces and deletes a project's browser configs (free-form JSON objects). */
@RestController
class BrowserConfigController {

    private final CommandGateway commands;

    BrowserConfigController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/api/v1/projects/{id}/browser-configs")
    @Access(value = Permission.WRITE, kind = ResourceKind.PROJECT, resource = "id")
    ResponseEntity<Written> create(@PathVariable String id, @Valid @RequestBody BrowserConfigRequest request) {
        String browserConfigId = Ids.next();
        commands.sendAndWait(new CreateBrowserConfig(id, browserConfigId, request.browserConfig()));
        return Written.created("/api/v1/browser-configs/" + browserConfigId, browserConfigId, 1);
    }

    @PatchMapping("/api/v1/browser-configs/{id}")
    @Access(value = Permission.WRITE, kind = ResourceKind.BROWSER_CONFIG, resource = "id")
    ResponseEntity<Written> update(
            @PathVariable String id,
            @Valid @RequestBody BrowserConfigRequest request,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @RequestAttribute(AccessGrant.ATTRIBUTE) AccessGrant grant) {
        long version = commands.sendAndWait(new UpdateBrowserConfig(
                grant.projectId(), id, request.browserConfig(), IfMatch.expectedVersion(ifMatch)));
        return Written.updated(id, version);
    }

    @DeleteMapping("/api/v1/browser-configs/{id}")
    @Access(value = Permission.WRITE, kind = ResourceKind.BROWSER_CONFIG, resource = "id")
    ResponseEntity<Void> delete(
            @PathVariable String id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @RequestAttribute(AccessGrant.ATTRIBUTE) AccessGrant grant) {
        commands.sendAndWait(new DeleteBrowserConfig(grant.projectId(), id, IfMatch.expectedVersion(ifMatch)));
        return Written.deleted();
    }

    /** The JSON object itself; at most 100 top-level keys. */
    record BrowserConfigRequest(@NotNull @Size(max = 100) Map<String, Object> browserConfig) {}
}
