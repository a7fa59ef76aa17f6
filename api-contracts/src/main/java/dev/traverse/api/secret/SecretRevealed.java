package dev.traverse.api.secret;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/** A runner read a secret's value: who, and which version (never the value). */
@Revision("1")
public record SecretRevealed(
        String projectId, String organizationId, String secretId, long version, String actorType, String actorId)
        implements OrganizationScoped {}
