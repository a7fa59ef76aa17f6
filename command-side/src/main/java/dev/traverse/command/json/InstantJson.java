package dev.traverse.command.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.ser.InstantSerializer;
import java.io.IOException;
import java.time.Instant;

/**
 * Instants in JSON through {@link InstantText}. Registered after the JavaTimeModule, it writes and reads the canonical
 * form itself and hands everything else (numbers, offsets, custom formats, timestamps enabled) to that module's own
 * serializer and deserializer, contextualized as they would have been, so results and errors stay the same.
 */
public final class InstantJson {

    private InstantJson() {}

    /** The module; register it after the JavaTimeModule. */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("traverse-instants");
        module.addSerializer(Instant.class, new Writer(InstantSerializer.INSTANCE, true));
        module.addDeserializer(Instant.class, new Reader(InstantDeserializer.INSTANT, true));
        return module;
    }

    /** A pattern, or a shape the JavaTimeModule writes as a timestamp (numbers and arrays). */
    private static boolean customFormat(JsonFormat.Value format) {
        return format != null
                && (format.hasPattern()
                        || format.getShape().isNumeric()
                        || format.getShape() == JsonFormat.Shape.ARRAY);
    }

    private static final class Writer extends StdSerializer<Instant> implements ContextualSerializer {

        private final JsonSerializer<Instant> standard;
        private final boolean canonical;

        Writer(JsonSerializer<Instant> standard, boolean canonical) {
            super(Instant.class);
            this.standard = standard;
            this.canonical = canonical;
        }

        @Override
        @SuppressWarnings("unchecked")
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
                throws JsonMappingException {
            JsonSerializer<Instant> contextual = standard instanceof ContextualSerializer standardContextual
                    ? (JsonSerializer<Instant>) standardContextual.createContextual(provider, property)
                    : standard;
            return new Writer(contextual, !customFormat(findFormatOverrides(provider, property, Instant.class)));
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            String text = canonical && !provider.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    ? InstantText.format(value)
                    : null;
            if (text == null) {
                standard.serialize(value, generator, provider);
            } else {
                generator.writeString(text);
            }
        }

        /** Values with type ids (polymorphic typing) are rare: the JavaTimeModule writes them as it always has. */
        @Override
        public void serializeWithType(
                Instant value, JsonGenerator generator, SerializerProvider provider, TypeSerializer types)
                throws IOException {
            standard.serializeWithType(value, generator, provider, types);
        }
    }

    private static final class Reader extends StdScalarDeserializer<Instant> implements ContextualDeserializer {

        private final JsonDeserializer<Instant> standard;
        private final boolean canonical;

        Reader(JsonDeserializer<Instant> standard, boolean canonical) {
            super(Instant.class);
            this.standard = standard;
            this.canonical = canonical;
        }

        @Override
        @SuppressWarnings("unchecked")
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            JsonDeserializer<Instant> contextual = standard instanceof ContextualDeserializer standardContextual
                    ? (JsonDeserializer<Instant>) standardContextual.createContextual(context, property)
                    : standard;
            return new Reader(contextual, !customFormat(findFormatOverrides(context, property, Instant.class)));
        }

        @Override
        public LogicalType logicalType() {
            return standard.logicalType();
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (canonical && parser.hasToken(JsonToken.VALUE_STRING)) {
                Instant instant = InstantText.parse(parser.getText());
                if (instant != null) {
                    return instant;
                }
            }
            return standard.deserialize(parser, context);
        }
    }
}
