package dev.traverse.api.traversal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Starts a new, empty path version (a repair). Later brain states go to it; older versions stay readable. Returns
 * the new version number.
 */
public record StartTraversalVersion(
        @TargetAggregateIdentifier String traversalId, String reason, String runId) {}
