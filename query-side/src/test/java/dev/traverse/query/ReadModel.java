package dev.traverse.query;

import dev.traverse.testsupport.TestPostgres;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A real read model for tests: a fresh PostgreSQL database migrated with the real {@code projections-sql} scripts,
 * the query side's projections and queries wired by Spring, and events fed to the projections the way Axon's
 * processors hand them over (domain event messages with sequence numbers and timestamps).
 */
public final class ReadModel implements AutoCloseable {

    private final AnnotationConfigApplicationContext context;
    private final JdbcTemplate jdbc;
    private final List<AnnotationEventHandlerAdapter> projections = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private Instant clock = Instant.parse("2026-01-01T00:00:00Z");

    private ReadModel(AnnotationConfigApplicationContext context, JdbcTemplate jdbc) {
        this.context = context;
        this.jdbc = jdbc;
        context.getBeansWithAnnotation(ProcessingGroup.class)
                .values()
                .forEach(bean -> projections.add(new AnnotationEventHandlerAdapter(bean)));
    }

    public static ReadModel create() {
        String url = TestPostgres.createdDatabaseUrl("readmodel");
        DriverManagerDataSource dataSource =
                new DriverManagerDataSource(url, TestPostgres.user(), TestPostgres.password());
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/readmodel")
                .load()
                .migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(JdbcTemplate.class, () -> jdbc);
        context.scan("dev.traverse.query");
        context.refresh();
        return new ReadModel(context, jdbc);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Times the next event one millisecond after {@code now}. */
    public void clock(Instant now) {
        clock = now;
    }

    /** Wraps a payload as the next event of {@code aggregateId}, one millisecond after the previous event. */
    public EventMessage<?> event(String aggregateId, Object payload) {
        long sequence = sequences.merge(aggregateId, 0L, (old, ignored) -> old + 1);
        clock = clock.plusMillis(1);
        return new GenericDomainEventMessage<>(
                "Aggregate",
                aggregateId,
                sequence,
                payload,
                MetaData.emptyInstance(),
                UUID.randomUUID().toString(),
                clock);
    }

    /** Feeds the events to every projection, in order. */
    public void apply(List<EventMessage<?>> events) {
        for (EventMessage<?> event : events) {
            for (AnnotationEventHandlerAdapter projection : projections) {
                if (projection.canHandle(event)) {
                    try {
                        projection.handle(event);
                    } catch (Exception e) {
                        throw new IllegalStateException("projection failed on " + event.getPayloadType(), e);
                    }
                }
            }
        }
    }

    /**
     * Feeds the events the way a streaming processor does: {@code batchSize} events per unit of work, whose deferred
     * writes are made when it commits.
     */
    public void applyInBatches(List<EventMessage<?>> events, int batchSize) {
        for (int from = 0; from < events.size(); from += batchSize) {
            List<EventMessage<?>> batch = events.subList(from, Math.min(events.size(), from + batchSize));
            BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
            ResultMessage<?> outcome = unitOfWork.executeWithResult(() -> {
                apply(List.of(unitOfWork.getMessage()));
                return null;
            });
            if (outcome.isExceptional()) {
                throw new IllegalStateException("batch failed", outcome.exceptionResult());
            }
        }
    }

    /** Calls every projection's reset handler, as a replay from the start does. */
    public void reset() {
        projections.forEach(projection -> projection.prepareReset(null));
    }

    /** Every row of every table, ordered, to compare whole read models. */
    public Map<String, List<Map<String, Object>>> snapshot(String... tables) {
        Map<String, List<Map<String, Object>>> snapshot = new LinkedHashMap<>();
        for (String table : tables) {
            snapshot.put(
                    table,
                    // Ordered by every column: rows written in another order (a batch) compare equal.
                    jdbc.queryForList("SELECT * FROM " + table).stream()
                            .map(ReadModel::comparable)
                            .sorted(java.util.Comparator.comparing(Object::toString))
                            .toList());
        }
        return snapshot;
    }

    /** JDBC hands out arrays and jsonb as objects without equals; compare their text instead. */
    private static Map<String, Object> comparable(Map<String, Object> row) {
        Map<String, Object> copy = new LinkedHashMap<>();
        row.forEach((column, value) -> copy.put(
                column,
                value instanceof java.sql.Array || value instanceof org.postgresql.util.PGobject
                        ? value.toString()
                        : value));
        return copy;
    }

    @Override
    public void close() {
        context.close();
    }
}
