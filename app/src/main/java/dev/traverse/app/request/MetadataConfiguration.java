package dev.traverse.app.request;

import org.axonframework.eventhandling.EventBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which metadata travels from commands to events, and the interceptor on the event bus. */
@Configuration(proxyBeanMethods = false)
class MetadataConfiguration {

    @Bean
    CorrelationDataProvider requestCorrelation() {
        return new SimpleCorrelationDataProvider(CommandMetadata.KEYS.toArray(String[]::new));
    }

    @Bean
    InitializingBean eventMetadataRegistration(EventBus eventBus) {
        return () -> eventBus.registerDispatchInterceptor(new EventMetadata());
    }
}
