package dev.traverse.api.report;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Retention: the raw report of a report run is no longer kept. {@code rawDeleted} says whether its bytes were
 * deleted, or kept because something else still refers to the same content.
 */
public record ExpireRawReport(@TargetAggregateIdentifier String reportId, boolean rawDeleted) {}
