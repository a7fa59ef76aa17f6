package dev.traverse.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Deletes a tag; test cases carrying it lose it. */
public record DeleteTag(@TargetAggregateIdentifier String projectId, String tagId, Long expectedVersion) {}
