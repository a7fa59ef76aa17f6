package dev.traverse.api.testrun;

import dev.traverse.api.organization.OrganizationScoped;
import java.util.List;
import org.axonframework.serialization.Revision;

/** LLM usage was reported by a run and priced. */
@Revision("1")
public record UsageRecorded(
        String runId,
        String traversalId,
        String testCaseId,
        String projectId,
        String organizationId,
        List<Usage> usages)
        implements OrganizationScoped {}
