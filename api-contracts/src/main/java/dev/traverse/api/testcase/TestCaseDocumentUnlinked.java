package dev.traverse.api.testcase;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/** A test case's document link was removed. */
@Revision("1")
public record TestCaseDocumentUnlinked(
        String testCaseId, String projectId, String organizationId, String documentId, long version)
        implements OrganizationScoped {}
