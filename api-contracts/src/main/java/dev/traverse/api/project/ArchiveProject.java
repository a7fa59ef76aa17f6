package dev.traverse.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Archives a project: it stays readable and accepts no more changes. */
public record ArchiveProject(@TargetAggregateIdentifier String projectId, Long expectedVersion) {}
