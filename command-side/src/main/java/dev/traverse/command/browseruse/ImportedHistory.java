package dev.traverse.command.browseruse;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A browser-use history as Traverse understands it, whatever era it came from.
 *
 * @param format the detected format, such as {@code browser-use-0.1-0.3}
 * @param steps the agent's steps, in order
 * @param usageByModel token totals per model when the file carries a usage summary, else empty
 */
record ImportedHistory(String format, List<Step> steps, List<ModelUsage> usageByModel) {

    /** Whether the agent declared the task done and successful in its last step. */
    boolean succeeded() {
        if (steps.isEmpty()) {
            return false;
        }
        List<Result> results = steps.get(steps.size() - 1).results();
        return !results.isEmpty()
                && results.stream().anyMatch(Result::isDone)
                && results.stream().noneMatch(result -> Boolean.FALSE.equals(result.success()) || result.failed());
    }

    /**
     * One step of the agent.
     *
     * @param valid whether the model produced an output in this step
     * @param actions the actions it chose, with the DOM element each touched (or null)
     * @param results what executing them gave, one per executed action
     * @param startedAt step start, or null when the file has no step times
     * @param inputTokens prompt tokens of the step, or null
     * @param screenshot the inline screenshot bytes, or null
     */
    record Step(
            boolean valid,
            String evaluationPreviousGoal,
            String memory,
            String nextGoal,
            List<ImportedAction> actions,
            List<Result> results,
            Instant startedAt,
            Instant finishedAt,
            Long inputTokens,
            byte[] screenshot) {}

    /** An action and the element it touched. */
    record ImportedAction(Map<String, Object> action, Map<String, Object> domElementData) {}

    /** The outcome of one executed action. */
    record Result(boolean isDone, Boolean success, String error) {

        boolean failed() {
            return error != null && !error.isBlank();
        }
    }

    /** Tokens (and, when browser-use computed it, dollars) per model. */
    record ModelUsage(String model, long promptTokens, long completionTokens, java.math.BigDecimal cost) {}
}
