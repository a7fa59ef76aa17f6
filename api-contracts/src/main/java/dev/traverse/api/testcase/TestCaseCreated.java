package dev.traverse.api.testcase;

import dev.traverse.api.organization.OrganizationScoped;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A test case was created. Tags, browser configs and a document it starts with follow as their own events. */
@Revision("1")
public record TestCaseCreated(
        String testCaseId,
        String projectId,
        String organizationId,
        String testDescription,
        String extraRules,
        String urlRoute,
        List<String> allowedDomains)
        implements OrganizationScoped {}
