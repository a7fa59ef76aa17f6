package dev.traverse.api.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Deletes a browser config; test cases using it lose it. */
public record DeleteBrowserConfig(
        @TargetAggregateIdentifier String projectId, String browserConfigId, Long expectedVersion) {}
