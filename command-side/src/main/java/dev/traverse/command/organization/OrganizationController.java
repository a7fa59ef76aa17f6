package dev.traverse.command.organization;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.traverse.api.access.Access;
import dev.traverse.api.access.AccessGrant;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.api.organization.CreateOrganization;
import dev.traverse.api.organization.UpdateOrganization;
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
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Creates and changes organizations. Any signed-in user may create one and becomes its first admin. */
@RestController
@RequestMapping("/api/v1/organizations")
class OrganizationController {

    private final CommandGateway commands;

    OrganizationController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @Access(Permission.AUTHENTICATED)
    ResponseEntity<Written> create(
            @Valid @RequestBody CreateOrganizationRequest request,
            @RequestAttribute(AccessGrant.ATTRIBUTE) AccessGrant grant) {
        String organizationId = Ids.next();
        commands.sendAndWait(
                new CreateOrganization(organizationId, request.name(), request.logo(), grant.actorId(), Ids.next()));
        return Written.created("/api/v1/organizations/" + organizationId, organizationId, 1);
    }

    @PatchMapping("/{id}")
    @Access(value = Permission.ADMIN, kind = ResourceKind.ORGANIZATION, resource = "id")
    ResponseEntity<Written> update(
            @PathVariable String id,
            @Valid @RequestBody UpdateOrganizationRequest request,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        long version = commands.sendAndWait(new UpdateOrganization(
                id, Patch.change(request.name()), Patch.change(request.logo()), IfMatch.expectedVersion(ifMatch)));
        return Written.updated(id, version);
    }

    record CreateOrganizationRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2048) String logo) {}

    /** PATCH body: a field left out stays as it is, a field sent as null is cleared. */
    static final class UpdateOrganizationRequest {

        @JsonProperty
        private Optional<@NotBlank @Size(max = 200) String> name;

        @JsonProperty
        private Optional<@Size(max = 2048) String> logo;

        Optional<String> name() {
            return name;
        }

        Optional<String> logo() {
            return logo;
        }
    }
}
