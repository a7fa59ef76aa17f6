package dev.traverse.command.secret;

import dev.traverse.api.access.Access;
import dev.traverse.api.access.AccessGrant;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.command.web.IfMatch;
import dev.traverse.command.web.Written;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Secret values. Writing them needs a member; reading a value needs an API key with {@code secrets:reveal}, and every
 * read is recorded. Responses never contain a value except the reveal's, which is never stored or cached.
 */
@RestController
class SecretController {

    static final String NAME = "[A-Za-z_][A-Za-z0-9_.-]{0,127}";

    private final SecretCommands secrets;

    SecretController(SecretCommands secrets) {
        this.secrets = secrets;
    }

    @PostMapping("/api/v1/projects/{id}/secrets")
    @Access(value = Permission.WRITE, kind = ResourceKind.PROJECT, resource = "id")
    ResponseEntity<Written> create(
            @PathVariable String id,
            @Valid @RequestBody CreateSecretRequest request,
            @RequestAttribute(AccessGrant.ATTRIBUTE) AccessGrant grant) {
        String secretId = secrets.create(grant, request.secretName(), request.secretValue());
        return Written.created("/api/v1/secrets/" + secretId, secretId, 1);
    }

    @PutMapping("/api/v1/secrets/{id}")
    @Access(value = Permission.WRITE, kind = ResourceKind.SECRET, resource = "id")
    ResponseEntity<Written> replace(
            @PathVariable String id,
            @Valid @RequestBody ReplaceSecretRequest request,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @RequestAttribute(AccessGrant.ATTRIBUTE) AccessGrant grant) {
        long version = secrets.replace(grant, request.secretValue(), IfMatch.expectedVersion(ifMatch));
        return Written.updated(id, version);
    }

    @DeleteMapping("/api/v1/secrets/{id}")
    @Access(value = Permission.WRITE, kind = ResourceKind.SECRET, resource = "id")
    ResponseEntity<Void> delete(
            @PathVariable String id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @RequestAttribute(AccessGrant.ATTRIBUTE) AccessGrant grant) {
        secrets.delete(grant, IfMatch.expectedVersion(ifMatch));
        return Written.deleted();
    }

    /** The value, for a runner. {@code Cache-Control: no-store} also keeps it out of the Idempotency-Key store. */
    @PostMapping("/api/v1/secrets/{id}/reveal")
    @Access(
            value = Permission.READ,
            kind = ResourceKind.SECRET,
            resource = "id",
            scope = "secrets:reveal",
            apiKeyOnly = true)
    ResponseEntity<SecretCommands.Revealed> reveal(
            @PathVariable String id, @RequestAttribute(AccessGrant.ATTRIBUTE) AccessGrant grant) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(secrets.reveal(grant));
    }

    /** Crypto-shredding: destroys the project's data key, so none of its secret values can ever be read again. */
    @DeleteMapping("/api/v1/projects/{id}/data-key")
    @Access(value = Permission.ADMIN, kind = ResourceKind.PROJECT, resource = "id")
    ResponseEntity<Void> shred(@PathVariable String id, @RequestAttribute(AccessGrant.ATTRIBUTE) AccessGrant grant) {
        secrets.shred(grant);
        return Written.deleted();
    }

    record CreateSecretRequest(
            @NotNull @Pattern(regexp = NAME, message = "must be a name like LOGIN_PASSWORD (letters, digits, _ . -)")
            String secretName,

            @NotNull @Size(min = 1, max = 10_000) String secretValue) {}

    record ReplaceSecretRequest(
            @NotNull @Size(min = 1, max = 10_000) String secretValue) {}
}
