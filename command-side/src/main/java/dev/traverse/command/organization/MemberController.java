package dev.traverse.command.organization;

import dev.traverse.api.access.Access;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.api.organization.AddMember;
import dev.traverse.api.organization.ChangeMemberRole;
import dev.traverse.api.organization.RemoveMember;
import dev.traverse.api.organization.Role;
import dev.traverse.command.id.Ids;
import dev.traverse.command.web.IfMatch;
import dev.traverse.command.web.Written;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Manages an organization's members; admins only. */
@RestController
@RequestMapping("/api/v1/organizations/{id}/members")
class MemberController {

    private final CommandGateway commands;

    MemberController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @Access(value = Permission.ADMIN, kind = ResourceKind.ORGANIZATION, resource = "id")
    ResponseEntity<Written> add(@PathVariable String id, @Valid @RequestBody AddMemberRequest request) {
        String memberId = Ids.next();
        long version = commands.sendAndWait(new AddMember(id, memberId, request.userId(), request.role()));
        return Written.created("/api/v1/organizations/" + id + "/members/" + memberId, memberId, version);
    }

    @PatchMapping("/{memberId}")
    @Access(value = Permission.ADMIN, kind = ResourceKind.ORGANIZATION, resource = "id")
    ResponseEntity<Written> changeRole(
            @PathVariable String id,
            @PathVariable String memberId,
            @Valid @RequestBody ChangeRoleRequest request,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        long version = commands.sendAndWait(
                new ChangeMemberRole(id, memberId, request.role(), IfMatch.expectedVersion(ifMatch)));
        return Written.updated(memberId, version);
    }

    @DeleteMapping("/{memberId}")
    @Access(value = Permission.ADMIN, kind = ResourceKind.ORGANIZATION, resource = "id")
    ResponseEntity<Void> remove(
            @PathVariable String id,
            @PathVariable String memberId,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        commands.sendAndWait(new RemoveMember(id, memberId, IfMatch.expectedVersion(ifMatch)));
        return Written.deleted();
    }

    record AddMemberRequest(
            @NotBlank @Size(max = 255) String userId,
            @NotNull Role role) {}

    record ChangeRoleRequest(@NotNull Role role) {}
}
