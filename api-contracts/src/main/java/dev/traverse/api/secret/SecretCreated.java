package dev.traverse.api.secret;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/** A secret was created; ciphertext is AES-GCM under the project's data key, bound to organization, project, secret and version. */
@Revision("1")
public record SecretCreated(
        String projectId, String organizationId, String secretId, String secretName, String ciphertext, long version)
        implements OrganizationScoped {}
