package dev.traverse.api.apikey;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/** An API key was revoked. */
@Revision("1")
public record ApiKeyRevoked(String keyId, String organizationId) implements OrganizationScoped {}
