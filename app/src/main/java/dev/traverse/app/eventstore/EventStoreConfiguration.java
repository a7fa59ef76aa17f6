package dev.traverse.app.eventstore;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.traverse.command.json.InstantJson;
import jakarta.annotation.PostConstruct;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.lock.LockFactory;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/** The event store's tables, serializers and locks. */
@Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    /** Events are stored with their Jackson JSON payloads in {@code es.domain_event_entry}. */
    public static final String EVENT_TABLE = "es.domain_event_entry";

    @PostConstruct
    void microsecondClock() {
        // PostgreSQL keeps microseconds; events timed finer would not survive a round trip through the read model.
        GenericEventMessage.clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable(EVENT_TABLE)
                .snapshotTable("es.snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("es.token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /** Tokens, snapshots and deadlines: Axon's own types, which carry their own JSON property names. */
    @Bean
    @Primary
    Serializer serializer() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(new Jdk8Module())
                .registerModule(InstantJson.module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return JacksonSerializer.builder()
                .objectMapper(mapper)
                .revisionResolver(new AnnotationRevisionResolver())
                .build();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return eventJson();
    }

    /** Event payloads and metadata: snake_case JSON, the same names the API and the read model use. */
    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return eventJson();
    }

    /** Declared here because the auto-configured one steps aside once the event store below exists. */
    @Bean
    EventStorageEngine eventStorageEngine(
            Serializer serializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            org.axonframework.config.Configuration configuration,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            EventSchema eventSchema,
            @Value("${traverse.event-store.read-batch-size:1000}") int readBatchSize) {
        return JdbcEventStorageEngine.builder()
                // Events per query when processors stream the store and when an aggregate is loaded; Axon's default
                // of 100 made a rebuild and a 10,000-event point-in-time read mostly query round trips.
                .batchSize(readBatchSize)
                .snapshotSerializer(snapshotJson())
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .build();
    }

    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    CommitAwareEventStore eventStore(
            EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration) {
        return new CommitAwareEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class)));
    }

    /**
     * Snapshots of long-lived aggregates (runs and traversals with thousands of events) so loading them reads the
     * snapshot and the events after it. Point-in-time reads never use snapshots.
     */
    @Bean
    SnapshotTriggerDefinition longLivedSnapshots(
            Snapshotter snapshotter, @Value("${traverse.snapshots.threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /** Aggregates keep their state in private fields without accessors; their snapshots are written field by field. */
    public static JacksonSerializer snapshotJson() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(new Jdk8Module())
                .registerModule(InstantJson.module())
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return JacksonSerializer.builder()
                .objectMapper(mapper)
                .revisionResolver(new AnnotationRevisionResolver())
                .build();
    }

    /**
     * Runs and traversals stay in memory between commands: an agent records its run one request after another, and
     * loading the run each time replayed the events since its last snapshot (a third of a command's CPU in the
     * benchmark, docs/benchmarks.md). Weak references: the garbage collector bounds the cache. Another node's write is
     * never lost to a stale entry: the append's sequence number then collides with the stored one, the command fails
     * with a conflict, and the rollback drops the entry, so the client's retry loads the aggregate afresh.
     */
    @Bean
    Cache aggregateCache() {
        return new WeakReferenceCache();
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new DuplicateEventResolver();
    }

    @Bean
    LockFactory aggregateLockFactory(JdbcTemplate jdbc) {
        return new AdvisoryLockFactory(jdbc);
    }

    /** The JSON form of events, shared by the storage engine and by tools that read payloads back. */
    public static JacksonSerializer eventJson() {
        return JacksonSerializer.builder()
                .objectMapper(eventObjectMapper())
                .revisionResolver(new AnnotationRevisionResolver())
                .build();
    }

    public static ObjectMapper eventObjectMapper() {
        return new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .registerModule(new JavaTimeModule())
                .registerModule(new Jdk8Module())
                .registerModule(InstantJson.module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
