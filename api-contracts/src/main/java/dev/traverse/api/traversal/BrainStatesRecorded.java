package dev.traverse.api.traversal;

import dev.traverse.api.organization.OrganizationScoped;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Brain states with their actions were appended to a path version. */
@Revision("1")
public record BrainStatesRecorded(
        String traversalId,
        String testCaseId,
        String projectId,
        String organizationId,
        int version,
        List<BrainState> brainStates)
        implements OrganizationScoped {}
