package dev.traverse.api.project;

import dev.traverse.api.change.Change;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Renames a project and/or changes its default URL route. */
public record UpdateProject(
        @TargetAggregateIdentifier String projectId,
        Change<String> name,
        Change<String> defaultUrlRoute,
        Long expectedVersion) {}
