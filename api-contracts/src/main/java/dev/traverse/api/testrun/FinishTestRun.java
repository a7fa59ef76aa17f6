package dev.traverse.api.testrun;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Finishes a run. {@code repairWasNeeded} may be left null: a run that repaired another one says true by itself.
 */
public record FinishTestRun(
        @TargetAggregateIdentifier String runId,
        RunState state,
        Instant finishedAt,
        Boolean repairWasNeeded,
        String runGif) {}
