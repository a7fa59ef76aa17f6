package dev.traverse.app.rebuild;

import dev.traverse.app.projection.ProjectionSettings;
import dev.traverse.app.projection.ProjectionTransactions;
import dev.traverse.app.projection.WakingEventSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds one projection from the event store while the live one keeps serving queries:
 *
 * <ol>
 *   <li>finds the projection's tables (those its reset handlers clear) and copies them, as the reset leaves them, into
 *       a shadow schema;
 *   <li>runs a second processor with the projection's own handlers from the first event, writing the shadow copies,
 *       until it has caught up with the stream;
 *   <li>stops both processors and, in one transaction, replaces the live rows with the shadow's and hands the shadow
 *       processor's position to the live processor, which then resumes from there.
 * </ol>
 *
 * Until that commit, readers see the old rows; afterwards, the rebuilt ones. A rebuild that fails before the swap
 * leaves the live projection exactly as it was.
 */
@Component
class Rebuilder {

    private static final Logger log = LoggerFactory.getLogger(Rebuilder.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final int SWAP_ATTEMPTS = 3;
    /** A shadow processor that has not moved for this long is given up; the live projection stays as it was. */
    private static final Duration STALL = Duration.ofMinutes(5);

    private final EventProcessingConfiguration processing;
    private final Configuration axon;
    private final TransactionManager axonTransactions;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ProjectionSettings settings;

    Rebuilder(
            EventProcessingConfiguration processing,
            Configuration axon,
            TransactionManager axonTransactions,
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            ProjectionSettings settings) {
        this.processing = processing;
        this.axon = axon;
        this.axonTransactions = axonTransactions;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.settings = settings;
    }

    /** The projections that can be rebuilt: the streaming processors, by name. */
    Map<String, StreamingEventProcessor> projections() {
        Map<String, StreamingEventProcessor> projections = new TreeMap<>();
        for (Map.Entry<String, EventProcessor> entry :
                processing.eventProcessors().entrySet()) {
            if (entry.getValue() instanceof StreamingEventProcessor streaming
                    && entry.getValue() instanceof AbstractEventProcessor) {
                projections.put(entry.getKey(), streaming);
            }
        }
        return projections;
    }

    /** The position of the newest stored event; 0 for an empty store. */
    long head() {
        return jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM es.domain_event_entry", Long.class);
    }

    void rebuild(Rebuild rebuild) throws Exception {
        String name = rebuild.projection();
        StreamingEventProcessor live = projections().get(name);
        EventHandlerInvoker handlers = ((AbstractEventProcessor) live).eventHandlerInvoker();
        String shadowName = name + "@rebuild";
        ShadowSchema shadow = new ShadowSchema(jdbc, transactions, name);
        shadow.drop(shadowName);
        List<TableProbe.ClearedTable> cleared = new TableProbe(jdbc, transactions).tablesClearedBy(handlers);
        if (cleared.isEmpty()) {
            throw new IllegalStateException("projection " + name + " has no reset handler clearing a table");
        }
        List<String> tables =
                cleared.stream().map(TableProbe.ClearedTable::name).toList();
        rebuild.building(tables, head());
        shadow.prepare(cleared, handlers);
        AtomicReference<Exception> failure = new AtomicReference<>();
        ScheduledExecutorService coordinator = threads(name + "-rebuild-coordinator", 1);
        ScheduledExecutorService workers = threads(name + "-rebuild-worker", settings.segments());
        PooledStreamingEventProcessor builder = shadowProcessor(
                shadowName, handlers, shadow.name(), processing.tokenStore(name), failure, coordinator, workers);
        boolean liveStopped = false;
        try {
            builder.start();
            awaitCaughtUp(builder, rebuild, failure);
            builder.shutdownAsync().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            rebuild.swapping();
            liveStopped = true;
            live.shutdownAsync().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            swap(shadow, tables, name, shadowName, processing.tokenStore(name));
            live.start();
            liveStopped = false;
            rebuild.done();
            log.info(
                    "rebuilt projection {} ({} events)",
                    name,
                    rebuild.progress().eventsDone());
        } finally {
            if (builder.isRunning()) {
                builder.shutDown();
            }
            coordinator.shutdownNow();
            workers.shutdownNow();
            if (liveStopped) {
                live.start();
            }
            shadow.drop(shadowName);
        }
    }

    private PooledStreamingEventProcessor shadowProcessor(
            String shadowName,
            EventHandlerInvoker handlers,
            String schema,
            TokenStore tokens,
            AtomicReference<Exception> failure,
            ScheduledExecutorService coordinator,
            ScheduledExecutorService workers) {
        StreamableMessageSource<TrackedEventMessage<?>> source = axon.getComponent(WakingEventSource.class);
        return PooledStreamingEventProcessor.builder()
                .name(shadowName)
                .eventHandlerInvoker(handlers)
                .rollbackConfiguration(RollbackConfigurationType.ANY_THROWABLE)
                .errorHandler(error -> {
                    failure.compareAndSet(
                            null, error.error() instanceof Exception e ? e : new Exception(error.error()));
                    throw error.error() instanceof Exception e ? e : new Exception(error.error());
                })
                .messageSource(source)
                .tokenStore(tokens)
                // The shadow schema first on the search path for each transaction's length: the projections name
                // their tables without a schema, so the very same handler instances write the shadow copies, while
                // tables the projection does not own (and es.token_entry, named with its schema) resolve as usual.
                // Asynchronous commit as for the live projections: a crash loses at most the last batches of a
                // rebuild that then fails anyway and leaves the live projection as it was.
                .transactionManager(new ProjectionTransactions(
                        axonTransactions, jdbc, "SET LOCAL search_path TO " + ShadowSchema.quote(schema) + ", public"))
                .coordinatorExecutor(coordinator)
                .workerExecutor(workers)
                .initialSegmentCount(settings.segments())
                .batchSize(settings.batchSize())
                .initialToken(StreamableMessageSource::createTailToken)
                .build();
    }

    private void awaitCaughtUp(StreamingEventProcessor processor, Rebuild rebuild, AtomicReference<Exception> failure)
            throws Exception {
        long advancedAt = System.nanoTime();
        long previous = -1;
        while (true) {
            if (failure.get() != null) {
                throw new IllegalStateException(
                        "a projection handler failed: " + failure.get().getMessage(), failure.get());
            }
            long head = head();
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            long position = status.values().stream()
                    .mapToLong(segment -> segment.getCurrentPosition().orElse(0))
                    .min()
                    .orElse(0);
            rebuild.progress(position, head);
            if (covered(status) && position >= head) {
                return;
            }
            if (position != previous) {
                previous = position;
                advancedAt = System.nanoTime();
            } else if (System.nanoTime() - advancedAt > STALL.toNanos()) {
                throw new IllegalStateException("no progress for " + STALL.toMinutes() + " minutes at " + position);
            }
            Thread.sleep(100);
        }
    }

    /** True when the processor's segments together cover the whole stream. */
    private static boolean covered(Map<Integer, EventTrackerStatus> status) {
        double covered = 0;
        for (EventTrackerStatus segment : status.values()) {
            covered += 1.0 / (segment.getSegment().getMask() + 1);
        }
        return covered > 0.999;
    }

    /** Writers of the live tables may briefly deadlock with the swap; the loser is the swap, which tries again. */
    private void swap(ShadowSchema shadow, List<String> tables, String live, String shadowName, TokenStore tokens) {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(status -> {
                    shadow.moveRowsAndPosition(tables, live, shadowName);
                    // Claimed for this node in the same transaction: a processor elsewhere still holding the old
                    // position fails to store it and starts again from the new one.
                    for (int segment : shadow.segments(shadowName)) {
                        tokens.fetchToken(live, segment);
                    }
                });
                return;
            } catch (PessimisticLockingFailureException e) {
                if (attempt == SWAP_ATTEMPTS) {
                    throw e;
                }
                log.info("swap of {} lost a lock race; retrying", live);
            }
        }
    }

    private static ScheduledExecutorService threads(String name, int count) {
        AtomicInteger counter = new AtomicInteger();
        return Executors.newScheduledThreadPool(count, runnable -> {
            Thread thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
