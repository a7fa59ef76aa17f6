package dev.traverse.app.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.traverse.app.TraverseIT;
import dev.traverse.app.eventstore.EventStoreConfiguration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every mapper that writes instants, the API's and the event store's, goes through the canonical instant codec. */
class InstantJsonRegistrationIT extends TraverseIT {

    @Autowired
    ObjectMapper api;

    @Test
    void theApiAndTheEventStoreUseTheInstantCodec() throws Exception {
        for (ObjectMapper mapper : new ObjectMapper[] {api, EventStoreConfiguration.eventObjectMapper()}) {
            assertThat(mapper.getRegisteredModuleIds()).contains("traverse-instants");
            Instant instant = Instant.parse("2026-12-07T18:03:38.120Z");
            assertThat(mapper.writeValueAsString(instant)).isEqualTo("\"2026-12-07T18:03:38.120Z\"");
            assertThat(mapper.readValue("\"2026-12-07T18:03:38.12Z\"", Instant.class))
                    .isEqualTo(instant);
        }
    }
}
