package dev.traverse.api.testrun;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Appends priced LLM usage reports, with the same index rules as history. */
public record RecordUsage(@TargetAggregateIdentifier String runId, List<Usage> usages) {}
