package dev.traverse.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a tag; its name is unique in the project (ignoring case) and its color is {@code #rrggbb}. */
public record CreateTag(@TargetAggregateIdentifier String projectId, String tagId, String name, String color) {}
