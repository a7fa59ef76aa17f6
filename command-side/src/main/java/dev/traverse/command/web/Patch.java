package dev.traverse.command.web;

import dev.traverse.api.change.Change;
import java.util.Optional;

/**
 * JSON merge-patch fields. A PATCH request declares its fields as {@link Optional}: a field left out of the JSON
 * arrives as {@code null} (keep), an explicit JSON {@code null} as an empty Optional (clear).
 */
public final class Patch {

    private Patch() {}

    /** The command-side change for a PATCH field. */
    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    public static <T> Change<T> change(Optional<T> field) {
        return field == null ? null : Change.to(field.orElse(null));
    }
}
