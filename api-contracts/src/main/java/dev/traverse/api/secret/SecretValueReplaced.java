package dev.traverse.api.secret;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/** A secret got a new value (its version grew); the ciphertext is bound to the new version. */
@Revision("1")
public record SecretValueReplaced(
        String projectId, String organizationId, String secretId, String ciphertext, long version)
        implements OrganizationScoped {}
