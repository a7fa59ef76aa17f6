package dev.traverse.api.project;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a browser config's JSON object. */
public record UpdateBrowserConfig(
        @TargetAggregateIdentifier String projectId,
        String browserConfigId,
        Map<String, Object> browserConfig,
        Long expectedVersion) {}
