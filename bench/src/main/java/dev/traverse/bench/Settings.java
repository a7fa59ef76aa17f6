package dev.traverse.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The benchmark's settings, typed. */
final class Settings {

    private final Map<Setting, String> values;

    Settings(Map<Setting, String> values) {
        this.values = values;
    }

    String text(Setting setting) {
        return values.get(setting);
    }

    int integer(Setting setting) {
        return Integer.parseInt(values.get(setting).replace("_", ""));
    }

    long number(Setting setting) {
        return Long.parseLong(values.get(setting).replace("_", ""));
    }

    boolean flag(Setting setting) {
        return Boolean.parseBoolean(values.get(setting));
    }

    Duration seconds(Setting setting) {
        return Duration.ofSeconds(number(setting));
    }

    List<Integer> integers(Setting setting) {
        return Arrays.stream(values.get(setting).split(","))
                .map(String::trim)
                .map(Integer::parseInt)
                .toList();
    }

    List<String> words(Setting setting) {
        String value = values.get(setting).trim();
        return value.isEmpty() ? List.of() : List.of(value.split("\\s+"));
    }

    Set<String> phases() {
        return Arrays.stream(values.get(Setting.PHASES).split(","))
                .map(String::trim)
                .map(String::toUpperCase)
                .collect(Collectors.toSet());
    }

    boolean runs(String phase) {
        return phases().contains(phase);
    }

    /** The settings as written to the results, the database password left out. */
    Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        values.forEach((setting, value) -> {
            if (setting != Setting.DB_PASSWORD) {
                map.put(setting.key(), value);
            }
        });
        return map;
    }
}
