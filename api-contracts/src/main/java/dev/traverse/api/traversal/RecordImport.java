package dev.traverse.api.traversal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Notes on the traversal that an agent history file was imported into one of its path versions. */
public record RecordImport(
        @TargetAggregateIdentifier String traversalId,
        int version,
        String runId,
        String rawArtifact,
        String detectedFormat,
        int steps) {}
