package dev.traverse.app.rebuild;

import java.time.Instant;
import java.util.List;

/**
 * A rebuild's progress as the API and the command line show it.
 *
 * @param projection the projection (processing group) rebuilt
 * @param phase {@code queued}, {@code building}, {@code swapping}, {@code done} or {@code failed}
 * @param tables the read-model tables it rebuilds (those its reset handlers clear)
 * @param eventsDone events of the global stream processed into the shadow tables so far
 * @param eventsTotal events in the global stream now (it grows while writes go on)
 * @param ratePerSecond events processed per second since the rebuild started
 * @param startedAt when building started
 * @param finishedAt when it finished or failed
 * @param error why it failed
 */
public record RebuildProgress(
        String projection,
        String phase,
        List<String> tables,
        long eventsDone,
        long eventsTotal,
        double ratePerSecond,
        Instant startedAt,
        Instant finishedAt,
        String error) {

    /** Whether the rebuild is over, done or failed. */
    public boolean over() {
        return phase.equals("done") || phase.equals("failed");
    }
}
