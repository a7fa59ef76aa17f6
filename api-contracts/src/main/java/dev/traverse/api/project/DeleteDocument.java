package dev.traverse.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Deletes a document; a test case linked to it is unlinked first. */
public record DeleteDocument(@TargetAggregateIdentifier String projectId, String documentId, Long expectedVersion) {}
