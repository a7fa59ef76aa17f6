package dev.traverse.api.project;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/** A project was archived and accepts no more changes. */
@Revision("1")
public record ProjectArchived(String projectId, String organizationId, long version) implements OrganizationScoped {}
