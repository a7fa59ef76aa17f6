package dev.traverse.api.project;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/** A tag's name or color changed; the event carries both as they now are. */
@Revision("1")
public record TagUpdated(String projectId, String organizationId, String tagId, String name, String color, long version)
        implements OrganizationScoped {}
