package dev.traverse.api.traversal;

import java.util.List;

/**
 * What a recording command answers: the path version written to and the ids of the brain states and actions sent,
 * including those recorded by an earlier attempt of the same batch.
 */
public record RecordedPath(String traversalId, int version, List<BrainState> brainStates) {}
