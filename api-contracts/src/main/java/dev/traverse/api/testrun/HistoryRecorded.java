package dev.traverse.api.testrun;

import dev.traverse.api.organization.OrganizationScoped;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Executed actions were appended to a run's history. */
@Revision("1")
public record HistoryRecorded(
        String runId,
        String traversalId,
        String testCaseId,
        String projectId,
        String organizationId,
        List<HistoryElement> elements)
        implements OrganizationScoped {}
