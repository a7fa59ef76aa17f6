package dev.traverse.command.web;

import java.util.Locale;
import java.util.regex.Pattern;

/** Turns Java property paths ({@code brainStates[2].idxInTraversal}) into the API's JSON names. */
public final class JsonPaths {

    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern CONTAINER_NODE = Pattern.compile("\\.<[^>]*>");

    private JsonPaths() {}

    /** The snake_case JSON path of a Bean Validation property path. */
    public static String of(String propertyPath) {
        String plain = CONTAINER_NODE.matcher(propertyPath).replaceAll("");
        return CAMEL.matcher(plain).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
    }
}
