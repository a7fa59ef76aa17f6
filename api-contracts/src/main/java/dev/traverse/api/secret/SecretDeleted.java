package dev.traverse.api.secret;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/** A secret was deleted. */
@Revision("1")
public record SecretDeleted(String projectId, String organizationId, String secretId, long version)
        implements OrganizationScoped {}
