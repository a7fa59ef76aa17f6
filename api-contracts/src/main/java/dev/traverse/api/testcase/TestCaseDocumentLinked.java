package dev.traverse.api.testcase;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/** A test case was linked to a document (1:1: the document is linked to this test case only). */
@Revision("1")
public record TestCaseDocumentLinked(
        String testCaseId, String projectId, String organizationId, String documentId, long version)
        implements OrganizationScoped {}
