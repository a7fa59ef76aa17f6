package dev.traverse.api.project;

import dev.traverse.api.organization.OrganizationScoped;
import java.util.Map;
import org.axonframework.serialization.Revision;

/** A browser config's JSON object was replaced. */
@Revision("1")
public record BrowserConfigUpdated(
        String projectId,
        String organizationId,
        String browserConfigId,
        Map<String, Object> browserConfig,
        long version)
        implements OrganizationScoped {}
