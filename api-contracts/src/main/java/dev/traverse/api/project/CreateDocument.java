package dev.traverse.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a document (a name and its text content) in a project. */
public record CreateDocument(
        @TargetAggregateIdentifier String projectId, String documentId, String name, String content) {}
