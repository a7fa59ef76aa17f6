package dev.traverse.api.project;

import dev.traverse.api.change.Change;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Renames and/or recolors a tag. */
public record UpdateTag(
        @TargetAggregateIdentifier String projectId,
        String tagId,
        Change<String> name,
        Change<String> color,
        Long expectedVersion) {}
