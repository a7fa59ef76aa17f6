package dev.traverse.api.traversal;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Appends brain states to the traversal's current path version. Indexes continue the path without gaps; a brain
 * state already recorded with the same content is skipped (agents retry), one with other content is refused.
 * Returns the {@link RecordedPath}.
 */
public record RecordBrainStates(@TargetAggregateIdentifier String traversalId, List<BrainState> brainStates) {}
