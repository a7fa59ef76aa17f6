package dev.traverse.command.apikey;

import dev.traverse.api.access.Access;
import dev.traverse.api.access.AccessGrant;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.api.apikey.ApiKeyScope;
import dev.traverse.api.apikey.CreateApiKey;
import dev.traverse.api.apikey.RevokeApiKey;
import dev.traverse.command.directory.Directory;
import dev.traverse.command.id.Ids;
import dev.traverse.command.rejection.CommandRejectedException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Organization admins create, list and revoke API keys. The key is in the create response and nowhere else, ever;
 * the list shows a hint. Keys are write-side access state ({@code ws.api_key}), which is also where the list is read
 * from, with the last use that authentication records.
 */
@RestController
class ApiKeyController {

    private final CommandGateway commands;
    private final ApiKeyHasher hasher;
    private final ApiKeyRegistry registry;
    private final Directory directory;

    ApiKeyController(CommandGateway commands, ApiKeyHasher hasher, ApiKeyRegistry registry, Directory directory) {
        this.commands = commands;
        this.hasher = hasher;
        this.registry = registry;
        this.directory = directory;
    }

    @PostMapping("/api/v1/organizations/{id}/api-keys")
    @Access(value = Permission.ADMIN, kind = ResourceKind.ORGANIZATION, resource = "id")
    @Transactional
    ResponseEntity<Map<String, Object>> create(
            @PathVariable String id,
            @Valid @RequestBody CreateKeyRequest request,
            @RequestAttribute(AccessGrant.ATTRIBUTE) AccessGrant grant) {
        if (request.projectId() != null) {
            directory.requireInOrganization(ResourceKind.PROJECT, request.projectId(), id, "project_id");
        }
        if (request.expiresAt() != null && !request.expiresAt().isAfter(Instant.now())) {
            throw CommandRejectedException.invalid("expires_at", "expires_at must be in the future");
        }
        String key = ApiKeyFormat.generate();
        String keyId = Ids.next();
        commands.sendAndWait(new CreateApiKey(
                keyId,
                id,
                request.projectId(),
                request.scopes().stream().distinct().toList(),
                request.expiresAt(),
                request.description(),
                hasher.hash(key),
                ApiKeyFormat.hint(key)));
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("id", keyId);
        body.put("key", key);
        body.put("hint", ApiKeyFormat.hint(key));
        body.put("project_id", request.projectId());
        body.put("scopes", request.scopes().stream().distinct().toList());
        body.put("expires_at", request.expiresAt());
        body.put("description", request.description());
        // The key is shown once: nothing between here and the caller may keep a copy.
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/organizations/" + id + "/api-keys/" + keyId))
                .cacheControl(CacheControl.noStore())
                .body(body);
    }

    @GetMapping("/api/v1/organizations/{id}/api-keys")
    @Access(value = Permission.ADMIN, kind = ResourceKind.ORGANIZATION, resource = "id")
    Map<String, List<ApiKeyRegistry.KeyView>> list(@PathVariable String id) {
        return Map.of("data", registry.keys(id));
    }

    @DeleteMapping("/api/v1/organizations/{id}/api-keys/{keyId}")
    @Access(value = Permission.ADMIN, kind = ResourceKind.ORGANIZATION, resource = "id")
    ResponseEntity<Void> revoke(@PathVariable String id, @PathVariable String keyId) {
        if (!registry.belongsTo(keyId, id)) {
            throw CommandRejectedException.notFound("no API key '" + keyId + "' in this organization");
        }
        commands.sendAndWait(new RevokeApiKey(keyId, id));
        return ResponseEntity.noContent().build();
    }

    record CreateKeyRequest(
            @Size(max = 500) String description,
            @Size(max = 64) String projectId,
            @NotEmpty @Size(max = 5) List<@NotNull ApiKeyScope> scopes,
            Instant expiresAt) {}
}
