package dev.traverse.api.apikey;

import dev.traverse.api.organization.OrganizationScoped;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** An API key was created. key_hash is the HMAC-SHA256 of the key with the server's pepper; the key itself is never stored. */
@Revision("1")
public record ApiKeyCreated(
        String keyId,
        String organizationId,
        String projectId,
        List<ApiKeyScope> scopes,
        Instant expiresAt,
        String description,
        String keyHash,
        String hint)
        implements OrganizationScoped {}
