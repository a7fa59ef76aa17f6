package dev.traverse.app.rebuild;

import dev.traverse.app.problem.ProblemException;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Runs projection rebuilds in the background, one request at a time on this node (the projections it names side by
 * side), and remembers the last rebuild of each projection for status queries.
 */
@Component
public class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);

    private final Rebuilder rebuilder;
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService runner = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Rebuild> latest = new ConcurrentHashMap<>();
    private List<Rebuild> running = List.of();

    ProjectionRebuilds(Rebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    /** The projections (streaming processors) this node runs, by name. */
    public List<String> projections() {
        return List.copyOf(rebuilder.projections().keySet());
    }

    /**
     * Starts rebuilding {@code projections} (all when empty), side by side: each reads the whole store into its own
     * shadow schema and swaps on its own, so the read model is rebuilt in the time of its slowest projection rather
     * than the sum of them all.
     *
     * @throws ProblemException 404 for an unknown projection, 409 while another rebuild runs
     */
    public synchronized List<RebuildProgress> start(List<String> projections) {
        List<String> names = projections.isEmpty() ? projections() : projections;
        for (String name : names) {
            if (!rebuilder.projections().containsKey(name)) {
                throw new ProblemException(HttpStatus.NOT_FOUND, "not-found", "no projection named " + name, null);
            }
        }
        if (running.stream().anyMatch(rebuild -> !rebuild.finished())) {
            throw new ProblemException(
                    HttpStatus.CONFLICT, "conflict", "a rebuild is already running; wait for it to finish", null);
        }
        List<Rebuild> queued = new ArrayList<>();
        for (String name : names) {
            Rebuild rebuild = new Rebuild(name);
            queued.add(rebuild);
            latest.put(name, rebuild);
        }
        running = List.copyOf(queued);
        queued.forEach(rebuild -> runner.submit(() -> run(rebuild)));
        return queued.stream().map(Rebuild::progress).toList();
    }

    /** The last rebuild of {@code projection} on this node, running or finished. */
    public Optional<RebuildProgress> latest(String projection) {
        return Optional.ofNullable(latest.get(projection)).map(Rebuild::progress);
    }

    /** The state of one projection's live processor, and its last rebuild. */
    public Optional<ProjectionStatus> status(String projection, long head) {
        StreamingEventProcessor processor = rebuilder.projections().get(projection);
        if (processor == null) {
            return Optional.empty();
        }
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        long position = segments.values().stream()
                .mapToLong(segment -> segment.getCurrentPosition().orElse(0))
                .min()
                .orElse(0);
        boolean failing = segments.values().stream().anyMatch(EventTrackerStatus::isErrorState);
        return Optional.of(new ProjectionStatus(
                projection,
                processor.isRunning(),
                failing,
                segments.size(),
                position,
                Math.max(0, head - position),
                latest(projection).orElse(null)));
    }

    /** The position of the newest stored event. */
    public long head() {
        return rebuilder.head();
    }

    private void run(Rebuild rebuild) {
        try {
            rebuilder.rebuild(rebuild);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            rebuild.failed("interrupted");
        } catch (Exception e) {
            log.warn("rebuild of projection {} failed", rebuild.projection(), e);
            rebuild.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    /**
     * A projection's live processor as operators see it.
     *
     * @param name the projection (processing group)
     * @param running whether its processor runs on this node
     * @param failing whether a segment is retrying after a handler error
     * @param segments segments this node processes
     * @param position the position the slowest segment has processed
     * @param lag events stored but not processed yet
     * @param rebuild its last rebuild on this node, or {@code null}
     */
    public record ProjectionStatus(
            String name,
            boolean running,
            boolean failing,
            int segments,
            long position,
            long lag,
            RebuildProgress rebuild) {}
}
