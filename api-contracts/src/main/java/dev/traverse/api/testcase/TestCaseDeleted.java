package dev.traverse.api.testcase;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/** A test case was deleted. */
@Revision("1")
public record TestCaseDeleted(String testCaseId, String projectId, String organizationId, long version)
        implements OrganizationScoped {}
