package dev.traverse.api.project;

import dev.traverse.api.change.Change;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Renames a document and/or replaces its content. */
public record UpdateDocument(
        @TargetAggregateIdentifier String projectId,
        String documentId,
        Change<String> name,
        Change<String> content,
        Long expectedVersion) {}
