package dev.traverse.app.projection;

import dev.traverse.command.directory.DirectoryUpdater;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers how every processing group runs. */
@Configuration(proxyBeanMethods = false)
class ProcessingConfiguration {

    @Bean
    ConfigurerModule projectionProcessing(ProjectionSettings settings) {
        return configurer -> configurer
                .eventProcessing()
                .usingPooledStreamingEventProcessors((config, builder) ->
                        builder.batchSize(settings.batchSize()).initialSegmentCount(settings.segments()))
                .registerDefaultSequencingPolicy(config -> new OrganizationSequencingPolicy())
                // A failing projection retries its batch instead of logging and skipping the event.
                .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance())
                // The directory is written in the command's own transaction; its failures fail the command.
                .registerSubscribingEventProcessor(DirectoryUpdater.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(
                        DirectoryUpdater.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance());
    }
}
