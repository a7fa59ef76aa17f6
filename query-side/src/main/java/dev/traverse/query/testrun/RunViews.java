package dev.traverse.query.testrun;

import dev.traverse.query.paging.Listed;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** How the API shows runs, their history and statistics. Money is written as exact decimal strings. */
final class RunViews {

    private RunViews() {}

    record RunView(
            String id,
            String testTraversalId,
            String testCaseId,
            String projectId,
            String runType,
            String state,
            int traversalVersion,
            Map<String, Object> testConfig,
            String repairsRunId,
            boolean repairWasNeeded,
            Instant startedAt,
            Instant finishedAt,
            Instant deadline,
            String runGif,
            String failureReason,
            int historyCount,
            CostView cost,
            Instant createdAt,
            long version)
            implements Listed {}

    /** A run's cost and its split per model; null while the run reported no usage. */
    record CostView(
            String id,
            String modelType,
            BigDecimal costPerToken,
            long inputTokenNum,
            long completionTokenNum,
            BigDecimal costInDollars,
            List<ModelCostView> byModel) {}

    record ModelCostView(String modelType, long inputTokenNum, long completionTokenNum, BigDecimal costInDollars) {}

    record HistoryElementView(
            String id,
            int idxInRun,
            String actionId,
            Instant actionStartedAt,
            Instant actionFinishedAt,
            String historyElementState,
            String screenshot) {}

    /** A slice of a run's history, in order; pass {@code next_from_idx} as {@code from_idx} for the next one. */
    record HistoryPage(List<HistoryElementView> data, Integer nextFromIdx) {}

    record RunStatsView(
            String testCaseId,
            long runs,
            long running,
            long passed,
            long failed,
            long repairs,
            Double passRate,
            Long averageDurationMs,
            String lastRunId,
            String lastState,
            Instant lastStartedAt) {}
}
