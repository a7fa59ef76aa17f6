package dev.traverse.api.project;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a browser config: a JSON object (viewport, browser, device, locale, headless ...). */
public record CreateBrowserConfig(
        @TargetAggregateIdentifier String projectId, String browserConfigId, Map<String, Object> browserConfig) {}
