package dev.traverse.api.project;

import dev.traverse.api.organization.OrganizationScoped;
import java.util.Map;
import org.axonframework.serialization.Revision;

/** A browser config was created in a project. */
@Revision("1")
public record BrowserConfigCreated(
        String projectId, String organizationId, String browserConfigId, Map<String, Object> browserConfig)
        implements OrganizationScoped {}
