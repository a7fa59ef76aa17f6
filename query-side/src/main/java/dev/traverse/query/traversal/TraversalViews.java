package dev.traverse.query.traversal;

import dev.traverse.query.paging.Listed;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** How the API shows traversals and their paths. */
final class TraversalViews {

    private TraversalViews() {}

    /** A traversal, with one version of its path. */
    record TraversalView(
            String id,
            String testCaseId,
            String projectId,
            String browserConfigId,
            String expectedOutcome,
            int version,
            List<VersionView> versions,
            PathView path,
            List<ImportView> imports,
            List<String> secretIds,
            Instant createdAt,
            Instant updatedAt,
            long revision) {}

    /** A traversal in a list, without its path. */
    record TraversalSummary(
            String id,
            String testCaseId,
            String browserConfigId,
            String expectedOutcome,
            int version,
            Instant createdAt,
            Instant updatedAt)
            implements Listed {}

    /** One path version: why and when it started. */
    record VersionView(int version, String reason, String runId, Instant startedAt) {}

    /** The brain states of one path version, in order. */
    record PathView(int version, List<BrainStateView> brainStates) {}

    record BrainStateView(
            String id,
            int idxInTraversal,
            boolean valid,
            String evaluationPreviousGoal,
            String memory,
            String nextGoal,
            List<ActionView> actions) {}

    record ActionView(String id, int idxInBrainState, Map<String, Object> action, Map<String, Object> domElementData) {}

    /** An imported agent history file and where it went. */
    record ImportView(
            int version, String runId, String rawArtifact, String detectedFormat, int steps, Instant importedAt) {}
}
