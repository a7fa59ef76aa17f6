package dev.traverse.command.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.traverse.command.rejection.CommandRejectedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads bodies that carry either one entry or a batch ({@code {"brain_states": [...]}}), with the API's strict JSON
 * rules and Bean Validation, naming the offending field with its position in the batch.
 */
@Component
public class Bodies {

    private final ObjectMapper json;
    private final Validator validator;

    Bodies(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /**
     * The entries of {@code body}: the array under {@code batchField}, or the body itself as a single entry.
     *
     * @param maxBatch the most entries one request may carry
     */
    public <T> List<T> oneOrMany(JsonNode body, String batchField, Class<T> type, int maxBatch) {
        if (body == null || !body.isObject()) {
            throw CommandRejectedException.invalid(null, "the body must be a JSON object");
        }
        List<T> entries = new ArrayList<>();
        if (body.has(batchField)) {
            JsonNode batch = body.get(batchField);
            if (!batch.isArray() || batch.isEmpty()) {
                throw CommandRejectedException.invalid(batchField, batchField + " must be a non-empty array");
            }
            if (batch.size() > maxBatch) {
                throw CommandRejectedException.invalid(batchField, "at most " + maxBatch + " entries per request");
            }
            if (body.size() > 1) {
                throw CommandRejectedException.invalid(
                        batchField, "send either one entry or " + batchField + ", alone");
            }
            for (int i = 0; i < batch.size(); i++) {
                entries.add(read(batch.get(i), type, batchField + "[" + i + "]."));
            }
        } else {
            entries.add(read(body, type, ""));
        }
        return entries;
    }

    /** One JSON value as {@code type}, validated; {@code prefix} is prepended to field names in errors. */
    public <T> T read(JsonNode node, Class<T> type, String prefix) {
        T value;
        try {
            value = json.treeToValue(node, type);
        } catch (JsonMappingException e) {
            String path = path(e);
            String field = prefix + path;
            String detail = e instanceof UnrecognizedPropertyException
                    ? field + " is not a known field"
                    : field + " has an invalid value";
            throw CommandRejectedException.invalid(field.isEmpty() ? null : field, detail);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw CommandRejectedException.invalid(null, "the body is not valid JSON");
        }
        List<ConstraintViolation<T>> violations = new ArrayList<>(validator.validate(value));
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(
                    violation -> violation.getPropertyPath().toString()));
            ConstraintViolation<T> first = violations.get(0);
            String field = prefix + JsonPaths.of(first.getPropertyPath().toString());
            throw CommandRejectedException.invalid(field, field + " " + first.getMessage());
        }
        return value;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
