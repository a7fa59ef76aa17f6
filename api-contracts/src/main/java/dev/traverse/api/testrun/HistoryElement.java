package dev.traverse.api.testrun;

import java.time.Instant;

/**
 * One executed action in a run's history.
 *
 * @param historyElementId server-made id
 * @param idxInRun position in the run's history, from 0 without gaps
 * @param actionId the action of the run's pinned path version that was executed
 * @param actionStartedAt when the action started
 * @param actionFinishedAt when it finished, not before it started
 * @param historyElementState PASSED or FAILED
 * @param screenshot SHA-256 of the screenshot artifact, or {@code null}
 */
public record HistoryElement(
        String historyElementId,
        int idxInRun,
        String actionId,
        Instant actionStartedAt,
        Instant actionFinishedAt,
        HistoryElementState historyElementState,
        String screenshot) {}
