package dev.traverse.app.projection;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.stereotype.Component;

/**
 * Waits until the read model shows a write: every streaming processor that handles one of the write's event types
 * has processed, and committed, the write's position in the event stream. Processors update their status only after
 * their batch commits, so a reader that starts after {@link #await} returns sees the rows.
 */
@Component
public class ProjectionBarrier {

    private final EventProcessingConfiguration processing;
    private final ProjectionSettings settings;
    private final ProjectionCommits commits;
    private final Map<Class<?>, List<StreamingEventProcessor>> handlersByType = new ConcurrentHashMap<>();

    ProjectionBarrier(EventProcessingConfiguration processing, ProjectionSettings settings, ProjectionCommits commits) {
        this.processing = processing;
        this.settings = settings;
        this.commits = commits;
    }

    /**
     * Blocks until every processor handling one of {@code payloadTypes} has passed {@code position}, or the configured
     * timeout elapses.
     *
     * @return true when the read model is known to show the write
     */
    public boolean await(long position, Collection<Class<?>> payloadTypes) {
        return await(position, payloadTypes, settings.consistencyTimeout());
    }

    boolean await(long position, Collection<Class<?>> payloadTypes, Duration timeout) {
        Set<StreamingEventProcessor> processors = payloadTypes.stream()
                .flatMap(type -> handlersOf(type).stream())
                .collect(java.util.stream.Collectors.toSet());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!processors.stream().allMatch(processor -> passed(processor, position))) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                commits.awaitNext();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private List<StreamingEventProcessor> handlersOf(Class<?> payloadType) {
        return handlersByType.computeIfAbsent(
                payloadType,
                type -> processing.eventProcessors().values().stream()
                        .filter(StreamingEventProcessor.class::isInstance)
                        .filter(processor -> processor instanceof AbstractEventProcessor handler
                                && handler.eventHandlerInvoker().canHandleType(type))
                        .map(StreamingEventProcessor.class::cast)
                        .toList());
    }

    /** True when every segment of the processor is claimed here and has gone past the target position. */
    private static boolean passed(StreamingEventProcessor processor, long position) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        if (status.isEmpty()) {
            return false;
        }
        double covered = 0;
        for (EventTrackerStatus segment : status.values()) {
            TrackingToken token = WrappedToken.unwrapLowerBound(segment.getTrackingToken());
            if (token == null || segment.isErrorState() || !processed(token, position)) {
                return false;
            }
            covered += 1.0 / (segment.getSegment().getMask() + 1);
        }
        return covered > 0.999;
    }

    /**
     * Whether the token has processed the event at {@code position}. Axon's {@code covers} also demands that no older
     * gap is open, which would make a write wait for unrelated transactions still in flight.
     */
    static boolean processed(TrackingToken token, long position) {
        if (token instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return token.position().orElse(Long.MIN_VALUE) >= position;
    }
}
