package dev.traverse.api.change;

import java.util.function.Function;

/**
 * A requested change of one field in a partial update. A {@code null} {@code Change} means "not mentioned, keep the
 * current value"; a {@code Change} holding {@code null} means "clear the value".
 *
 * @param value the new value, possibly {@code null}
 * @param <T> the field's type
 */
public record Change<T>(T value) {

    public static <T> Change<T> to(T value) {
        return new Change<>(value);
    }

    /** The value a field ends up with when this change (possibly absent) is applied to {@code current}. */
    public static <T> T apply(Change<T> change, T current) {
        return change == null ? current : change.value();
    }

    /** True when the change is present and would give the field a different value. */
    public static <T> boolean alters(Change<T> change, T current) {
        return change != null && !java.util.Objects.equals(change.value(), current);
    }

    public <R> Change<R> map(Function<T, R> mapper) {
        return new Change<>(value == null ? null : mapper.apply(value));
    }
}
