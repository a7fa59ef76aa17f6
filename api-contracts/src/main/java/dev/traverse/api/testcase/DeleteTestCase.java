package dev.traverse.api.testcase;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Deletes a test case; its document link goes with it. */
public record DeleteTestCase(@TargetAggregateIdentifier String testCaseId, Long expectedVersion) {}
