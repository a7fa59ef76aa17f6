package dev.traverse.api.testcase;

import dev.traverse.api.organization.OrganizationScoped;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A test case's own fields changed; the event carries them all as they now are. */
@Revision("1")
public record TestCaseUpdated(
        String testCaseId,
        String projectId,
        String organizationId,
        String testDescription,
        String extraRules,
        String urlRoute,
        List<String> allowedDomains,
        long version)
        implements OrganizationScoped {}
