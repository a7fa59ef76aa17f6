package dev.traverse.command.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InstantJsonTest {

    private static final long FIRST = LocalDate.of(0, 1, 1).toEpochDay() * 86_400;
    private static final long LAST = LocalDate.of(10_000, 1, 1).toEpochDay() * 86_400 - 1;

    private final ObjectMapper standard = mapper(false);
    private final ObjectMapper fast = mapper(true);

    @Test
    void writesExactlyWhatIsoInstantWrites() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            Instant instant = randomInstant(random);
            assertThat(InstantText.format(instant)).isEqualTo(DateTimeFormatter.ISO_INSTANT.format(instant));
        }
        for (Instant edge : List.of(
                Instant.EPOCH,
                Instant.ofEpochSecond(FIRST),
                Instant.ofEpochSecond(LAST, 999_999_999),
                Instant.parse("2024-02-29T23:59:59.000001Z"),
                Instant.parse("1969-12-31T23:59:59.999Z"))) {
            assertThat(InstantText.format(edge)).isEqualTo(DateTimeFormatter.ISO_INSTANT.format(edge));
        }
    }

    @Test
    void readsWhatIsoInstantReads() {
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            Instant instant = randomInstant(random);
            String text = DateTimeFormatter.ISO_INSTANT.format(instant);
            if (instant.getNano() != 0 && random.nextBoolean()) {
                // fractions of any length, not only the groups of three the formatter writes
                text = text.substring(0, text.length() - 1 - random.nextInt(3)) + "Z";
            }
            assertThat(InstantText.parse(text)).isEqualTo(Instant.from(DateTimeFormatter.ISO_INSTANT.parse(text)));
        }
    }

    @Test
    void leavesEverythingElseToTheStandardFormatter() {
        for (String text : List.of(
                "2026-02-29T00:00:00Z",
                "2026-04-31T00:00:00Z",
                "2026-13-01T00:00:00Z",
                "2026-00-10T00:00:00Z",
                "2026-12-07T24:00:00Z",
                "2026-12-07T23:60:00Z",
                "2026-12-31T23:59:60Z",
                "2026-12-07T18:03:38+01:00",
                "2026-12-07T18:03:38.5+01:00",
                " 2026-12-07T18:03:38Z",
                "2026-12-07t18:03:38Z",
                "2026-12-07T18:03:38z",
                "2026-12-07T18:03:38.Z",
                "2026-12-07T18:03:38.1234567890Z",
                "2026-12-07T18:03:3aZ",
                "2026-12-07 18:03:38Z",
                "+10000-01-01T00:00:00Z",
                "-0001-01-01T00:00:00Z",
                "2026-12-07",
                "")) {
            assertThat(InstantText.parse(text)).as(text).isNull();
        }
        assertThat(InstantText.format(Instant.ofEpochSecond(LAST + 1))).isNull();
        assertThat(InstantText.format(Instant.ofEpochSecond(FIRST - 1))).isNull();
    }

    @Test
    void mappersWithTheModuleAnswerLikeThoseWithout() throws Exception {
        for (String json : List.of(
                "\"2026-12-07T18:03:38.123456Z\"",
                "\"2026-12-07T18:03:38Z\"",
                "\"2026-12-07T18:03:38+01:00\"",
                "\"2026-12-31T23:59:60Z\"",
                "\"+10000-01-01T00:00:00Z\"",
                "\"2026-02-29T00:00:00Z\"",
                "\"not a time\"",
                "\"\"",
                "1765130618",
                "1765130618.5",
                "null",
                "true",
                "[]")) {
            Object expected = outcome(standard, json);
            assertThat(outcome(fast, json)).as(json).isEqualTo(expected);
        }
        List<Instant> values = List.of(
                Instant.parse("2026-12-07T18:03:38.123456Z"),
                Instant.ofEpochSecond(LAST + 1),
                Instant.ofEpochSecond(FIRST - 86_400, 5));
        assertThat(fast.writeValueAsString(values)).isEqualTo(standard.writeValueAsString(values));
        ObjectMapper timestamps = mapper(true).enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        assertThat(timestamps.writeValueAsString(values))
                .isEqualTo(mapper(false)
                        .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .writeValueAsString(values));
    }

    /** Shapes the JavaTimeModule writes as timestamps, and values written with their type id. */
    record Shaped(
            @JsonFormat(shape = JsonFormat.Shape.ARRAY) Instant array,
            @JsonFormat(shape = JsonFormat.Shape.NUMBER) Instant number,
            @JsonFormat(shape = JsonFormat.Shape.STRING) Instant string,
            @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS) Object typed) {}

    @Test
    void formatsAndTypeIdsAreWrittenAsTheJavaTimeModuleWritesThem() throws Exception {
        Instant instant = Instant.parse("2026-12-07T18:03:38.123456Z");
        Shaped shaped = new Shaped(instant, instant, instant, instant);
        assertThat(fast.writeValueAsString(shaped)).isEqualTo(standard.writeValueAsString(shaped));
        ObjectMapper typedFast = mapper(true)
                .activateDefaultTyping(
                        BasicPolymorphicTypeValidator.builder()
                                .allowIfBaseType(Object.class)
                                .build(),
                        ObjectMapper.DefaultTyping.OBJECT_AND_NON_CONCRETE);
        ObjectMapper typedStandard = mapper(false)
                .activateDefaultTyping(
                        BasicPolymorphicTypeValidator.builder()
                                .allowIfBaseType(Object.class)
                                .build(),
                        ObjectMapper.DefaultTyping.OBJECT_AND_NON_CONCRETE);
        Map<String, Object> values = Map.of("at", instant);
        assertThat(typedFast.writeValueAsString(values)).isEqualTo(typedStandard.writeValueAsString(values));
    }

    private static Object outcome(ObjectMapper mapper, String json) {
        Throwable error = catchThrowable(() -> mapper.readValue(json, Instant.class));
        if (error != null) {
            return error.getClass();
        }
        try {
            return String.valueOf(mapper.readValue(json, Instant.class));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Instant randomInstant(Random random) {
        long second = FIRST + (long) (random.nextDouble() * (LAST - FIRST));
        int nano = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1_000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1_000;
            default -> random.nextInt(1_000_000_000);
        };
        return Instant.ofEpochSecond(second, nano);
    }

    private static ObjectMapper mapper(boolean withModule) {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        return withModule ? mapper.registerModule(InstantJson.module()) : mapper;
    }
}
