package dev.traverse.app.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One projection's rebuild as it goes, updated by the rebuilding thread and read by anyone asking for progress.
 * Positions number the events of the global stream from 1, so they count events done and to do (rolled-back writes
 * leave rare gaps, counted as events).
 */
final class Rebuild {

    /** Where a rebuild is. */
    enum Phase {
        QUEUED,
        BUILDING,
        SWAPPING,
        DONE,
        FAILED;

        String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final String projection;
    private volatile Phase phase = Phase.QUEUED;
    private volatile List<String> tables = List.of();
    private volatile long position;
    private volatile long head;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile String error;

    Rebuild(String projection) {
        this.projection = projection;
    }

    String projection() {
        return projection;
    }

    boolean finished() {
        return phase == Phase.DONE || phase == Phase.FAILED;
    }

    boolean failed() {
        return phase == Phase.FAILED;
    }

    void building(List<String> clearedTables, long headPosition) {
        tables = List.copyOf(clearedTables);
        head = headPosition;
        startedAt = Instant.now();
        phase = Phase.BUILDING;
    }

    void progress(long processed, long headPosition) {
        position = processed;
        head = headPosition;
    }

    void swapping() {
        phase = Phase.SWAPPING;
    }

    void done() {
        position = Math.max(position, head);
        finishedAt = Instant.now();
        phase = Phase.DONE;
    }

    void failed(String reason) {
        error = reason;
        finishedAt = Instant.now();
        phase = Phase.FAILED;
    }

    RebuildProgress progress() {
        Instant started = startedAt;
        double seconds = started == null
                ? 0
                : Duration.between(started, finishedAt == null ? Instant.now() : finishedAt)
                                .toMillis()
                        / 1000.0;
        double rate = seconds > 0 ? Math.round(position / seconds * 10) / 10.0 : 0;
        return new RebuildProgress(
                projection, phase.wireName(), tables, position, head, rate, started, finishedAt, error);
    }
}
