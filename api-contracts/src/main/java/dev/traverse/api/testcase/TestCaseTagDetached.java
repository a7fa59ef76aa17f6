package dev.traverse.api.testcase;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/** A tag was detached from a test case. */
@Revision("1")
public record TestCaseTagDetached(
        String testCaseId, String projectId, String organizationId, String tagId, long version)
        implements OrganizationScoped {}
