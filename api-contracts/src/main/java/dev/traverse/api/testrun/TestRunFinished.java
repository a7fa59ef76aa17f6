package dev.traverse.api.testrun;

import dev.traverse.api.organization.OrganizationScoped;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A run ended PASSED or FAILED; {@code failure_reason} is set when Traverse ended it (deadline). */
@Revision("1")
public record TestRunFinished(
        String runId,
        String traversalId,
        String testCaseId,
        String projectId,
        String organizationId,
        RunState state,
        Instant finishedAt,
        boolean repairWasNeeded,
        String runGif,
        String failureReason)
        implements OrganizationScoped {}
