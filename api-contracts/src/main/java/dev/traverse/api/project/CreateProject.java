package dev.traverse.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a project inside an organization. */
public record CreateProject(
        @TargetAggregateIdentifier String projectId, String organizationId, String name, String defaultUrlRoute) {}
