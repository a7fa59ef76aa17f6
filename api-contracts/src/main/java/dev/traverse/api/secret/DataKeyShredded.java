package dev.traverse.api.secret;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/** The project's data key was destroyed: every ciphertext of its secrets is unreadable from now on. */
@Revision("1")
public record DataKeyShredded(String projectId, String organizationId) implements OrganizationScoped {}
