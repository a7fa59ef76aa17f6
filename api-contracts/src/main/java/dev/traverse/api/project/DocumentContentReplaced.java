package dev.traverse.api.project;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/** A document's content was replaced. */
@Revision("1")
public record DocumentContentReplaced(
        String projectId, String organizationId, String documentId, String content, long version)
        implements OrganizationScoped {}
