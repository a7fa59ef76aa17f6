package dev.traverse.api.testcase;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Unlinks a test case from its document, when it has one (used when the document is relinked or deleted). */
public record UnlinkDocument(@TargetAggregateIdentifier String testCaseId) {}
