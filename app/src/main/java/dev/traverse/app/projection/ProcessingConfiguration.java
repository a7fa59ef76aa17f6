package dev.traverse.app.projection;

import dev.traverse.app.eventstore.CommitAwareEventStore;
import dev.traverse.command.directory.DirectoryUpdater;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** Registers how every processing group runs. */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class ProcessingConfiguration {

    @Bean
    ConfigurerModule projectionProcessing(ProjectionSettings settings, JdbcTemplate jdbc, ProjectionCommits commits) {
        return configurer -> {
            // Built inside Axon's configuration: the event store it wraps is itself made from that configuration.
            configurer.registerComponent(WakingEventSource.class, config -> wakingSource(config, settings));
            configurer
                    .eventProcessing()
                    .usingPooledStreamingEventProcessors(
                            (config, builder) -> builder.messageSource(config.getComponent(WakingEventSource.class))
                                    .transactionManager(new ProjectionTransactions(
                                            config.getComponent(TransactionManager.class), jdbc, commits::committed))
                                    .batchSize(settings.batchSize())
                                    .initialSegmentCount(settings.segments()))
                    .registerDefaultSequencingPolicy(config -> new OrganizationSequencingPolicy())
                    // A failing projection retries its batch instead of logging and skipping the event.
                    .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance())
                    // The directory is written in the command's own transaction; its failures fail the command.
                    .registerSubscribingEventProcessor(DirectoryUpdater.PROCESSING_GROUP)
                    .registerListenerInvocationErrorHandler(
                            DirectoryUpdater.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance());
        };
    }

    private static WakingEventSource wakingSource(Configuration config, ProjectionSettings settings) {
        WakingEventSource source = new WakingEventSource(config.eventStore(), settings.pollInterval());
        if (config.eventStore() instanceof CommitAwareEventStore commitAware) {
            commitAware.onCommit(source::wake);
        }
        config.onShutdown(source::close);
        return source;
    }
}
