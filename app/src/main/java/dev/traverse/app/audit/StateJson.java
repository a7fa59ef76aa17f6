package dev.traverse.app.audit;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.traverse.command.json.InstantJson;

/**
 * Turns an aggregate instance into JSON for auditors. Aggregates keep their state in private fields without getters
 * and must stay that way, so this mapper reads fields only (records and collections included), never calls a method
 * that could compute or change something, and names fields in snake_case like the rest of the API.
 */
final class StateJson {

    private static final ObjectMapper FIELDS = JsonMapper.builder()
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .addModule(InstantJson.module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private StateJson() {}

    static JsonNode of(Object aggregate) {
        return FIELDS.valueToTree(aggregate);
    }
}
