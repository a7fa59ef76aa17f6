package dev.traverse.command.browseruse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads every known era of browser-use's saved history. Known shapes: before 0.1.12 a single {@code action} and
 * {@code result} object under {@code current_state} (with the {@code valuation_previous_goal} typo); 0.1 to 0.3 an
 * action list under {@code current_state} and inline base64 screenshots; 0.4 to 0.8 a flattened model output with
 * {@code screenshot_path}; 0.9 on the same with renamed actions ({@code navigate}, {@code click}, {@code input} ...)
 * and a {@code usage} summary.
 */
class BrowserUseParser {

    static final String BEFORE_0_1_12 = "browser-use-0.1.0";
    static final String NESTED_STATE = "browser-use-0.1-0.3";
    static final String FLATTENED = "browser-use-0.4-0.8";
    static final String RENAMED_ACTIONS = "browser-use-0.9+";

    /** Action names that only 0.9 and later use. */
    private static final Set<String> RENAMED = Set.of(
            "navigate",
            "click",
            "input",
            "switch",
            "close",
            "extract",
            "scroll",
            "search",
            "find_text",
            "dropdown_options",
            "select_dropdown",
            "evaluate");

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};
    private final ObjectMapper json = new ObjectMapper();

    ImportedHistory parse(byte[] content) {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JsonProcessingException e) {
            throw new NotAHistoryException(null, "the file is not JSON");
        } catch (java.io.IOException e) {
            throw new NotAHistoryException(null, "the file cannot be read");
        }
        if (root == null || !root.isObject() || !root.path("history").isArray()) {
            throw new NotAHistoryException("history", "a browser-use AgentHistoryList has a history array at the top");
        }
        JsonNode history = root.get("history");
        if (history.isEmpty()) {
            throw new NotAHistoryException("history", "the history has no steps");
        }
        List<ImportedHistory.Step> steps = new ArrayList<>();
        boolean nested = false;
        boolean singleAction = false;
        boolean renamed = false;
        for (int i = 0; i < history.size(); i++) {
            String at = "history[" + i + "]";
            JsonNode step = history.get(i);
            if (!step.isObject() || !step.has("model_output") || !(step.has("result") || step.has("state"))) {
                throw new NotAHistoryException(at, "each step has model_output and result or state");
            }
            JsonNode output = step.get("model_output");
            if (!output.isNull() && !output.isObject()) {
                throw new NotAHistoryException(at + ".model_output", "model_output is an object or null");
            }
            JsonNode brain = output.has("current_state") ? output.get("current_state") : output;
            nested |= output.has("current_state");
            JsonNode actionNode = output.path("action");
            singleAction |= actionNode.isObject();
            List<Map<String, Object>> actions = objects(actionNode, at + ".model_output.action");
            for (Map<String, Object> action : actions) {
                renamed |= action.keySet().stream().anyMatch(RENAMED::contains);
            }
            JsonNode state = step.path("state");
            List<Map<String, Object>> elements = objectsOrNulls(state.path("interacted_element"));
            List<ImportedHistory.ImportedAction> imported = new ArrayList<>();
            for (int a = 0; a < actions.size(); a++) {
                imported.add(new ImportedHistory.ImportedAction(
                        actions.get(a), a < elements.size() ? elements.get(a) : null));
            }
            JsonNode metadata = step.path("metadata");
            steps.add(new ImportedHistory.Step(
                    !output.isNull(),
                    text(brain, "evaluation_previous_goal", "valuation_previous_goal"),
                    text(brain, "memory"),
                    text(brain, "next_goal"),
                    imported,
                    results(step.path("result"), at + ".result"),
                    time(metadata.path("step_start_time")),
                    time(metadata.path("step_end_time")),
                    metadata.path("input_tokens").isNumber()
                            ? metadata.get("input_tokens").asLong()
                            : null,
                    screenshot(state.path("screenshot"))));
        }
        String format =
                nested ? (singleAction ? BEFORE_0_1_12 : NESTED_STATE) : (renamed ? RENAMED_ACTIONS : FLATTENED);
        return new ImportedHistory(format, steps, usage(root.path("usage")));
    }

    private List<Map<String, Object>> objects(JsonNode node, String at) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (node.isObject()) {
            return List.of(json.convertValue(node, OBJECT));
        }
        if (!node.isArray()) {
            throw new NotAHistoryException(at, "an action is an object, the actions a list of objects");
        }
        List<Map<String, Object>> objects = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isObject()) {
                throw new NotAHistoryException(at, "an action is an object, the actions a list of objects");
            }
            objects.add(json.convertValue(element, OBJECT));
        }
        return objects;
    }

    private List<Map<String, Object>> objectsOrNulls(JsonNode node) {
        List<Map<String, Object>> objects = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode element : node) {
                objects.add(element.isObject() ? json.convertValue(element, OBJECT) : null);
            }
        }
        return objects;
    }

    private static List<ImportedHistory.Result> results(JsonNode node, String at) {
        List<ImportedHistory.Result> results = new ArrayList<>();
        Iterator<JsonNode> elements =
                node.isArray() ? node.elements() : List.of(node).iterator();
        while (elements.hasNext()) {
            JsonNode result = elements.next();
            if (result.isMissingNode() || result.isNull()) {
                continue;
            }
            if (!result.isObject()) {
                throw new NotAHistoryException(at, "a result is an object");
            }
            results.add(new ImportedHistory.Result(
                    result.path("is_done").asBoolean(false),
                    result.path("success").isBoolean() ? result.get("success").asBoolean() : null,
                    result.path("error").isTextual() ? result.get("error").asText() : null));
        }
        return results;
    }

    private static String text(JsonNode node, String... names) {
        for (String name : names) {
            if (node.path(name).isTextual()) {
                return node.get(name).asText();
            }
        }
        return null;
    }

    private static Instant time(JsonNode seconds) {
        if (!seconds.isNumber()) {
            return null;
        }
        BigDecimal micros = seconds.decimalValue().movePointRight(6);
        return Instant.EPOCH.plusNanos(micros.longValue() * 1_000);
    }

    /** Decoded inline screenshot bytes; null for none, a path, or text that is no base64 (stripped files). */
    private static byte[] screenshot(JsonNode node) {
        if (!node.isTextual() || node.asText().isBlank()) {
            return null;
        }
        String text = node.asText();
        int comma = text.startsWith("data:") ? text.indexOf(',') : -1;
        try {
            return Base64.getDecoder().decode(text.substring(comma + 1).replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<ImportedHistory.ModelUsage> usage(JsonNode usage) {
        List<ImportedHistory.ModelUsage> models = new ArrayList<>();
        JsonNode byModel = usage.path("by_model");
        if (byModel.isObject()) {
            byModel.fields().forEachRemaining(entry -> {
                JsonNode model = entry.getValue();
                models.add(new ImportedHistory.ModelUsage(
                        entry.getKey(),
                        model.path("prompt_tokens").asLong(0),
                        model.path("completion_tokens").asLong(0),
                        model.path("cost").isNumber() ? model.get("cost").decimalValue() : null));
            });
        }
        return models;
    }
}
