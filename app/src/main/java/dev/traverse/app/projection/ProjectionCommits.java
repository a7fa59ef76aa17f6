package dev.traverse.app.projection;

import org.springframework.stereotype.Component;

/**
 * Wakes the writes waiting for the read model ({@link ProjectionBarrier}) when a projection batch commits, instead of
 * each of them polling the processors' positions: at 32 concurrent writes, polling every 250 microseconds cost more
 * CPU than the writes themselves (docs/benchmarks.md, P1). A waiter also looks again after a millisecond at the latest,
 * which covers a wake-up that came just before it started waiting and a position published just after the commit.
 */
@Component
public class ProjectionCommits {

    private final Object monitor = new Object();

    /** A projection transaction committed. */
    void committed() {
        synchronized (monitor) {
            monitor.notifyAll();
        }
    }

    /** Waits for the next commit, a millisecond at most. */
    void awaitNext() throws InterruptedException {
        synchronized (monitor) {
            monitor.wait(1);
        }
    }
}
