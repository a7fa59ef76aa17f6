package dev.traverse.api.testrun;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Appends history elements. Indexes continue the history without gaps; an element already recorded with the same
 * content is skipped (agents retry), one with other content is refused. Returns the elements as recorded.
 */
public record RecordHistory(@TargetAggregateIdentifier String runId, List<HistoryElement> elements) {}
