package dev.traverse.api.testcase;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/** A browser config was attached to a test case. */
@Revision("1")
public record TestCaseBrowserConfigAttached(
        String testCaseId, String projectId, String organizationId, String browserConfigId, long version)
        implements OrganizationScoped {}
