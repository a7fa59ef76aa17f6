package dev.traverse.api.testcase;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/** A tag was attached to a test case. */
@Revision("1")
public record TestCaseTagAttached(
        String testCaseId, String projectId, String organizationId, String tagId, long version)
        implements OrganizationScoped {}
