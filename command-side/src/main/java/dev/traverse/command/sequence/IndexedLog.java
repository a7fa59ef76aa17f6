package dev.traverse.command.sequence;

import dev.traverse.command.rejection.CommandRejectedException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * What an aggregate remembers of an indexed list (a path, a history): the fingerprint and id of every recorded entry.
 * It decides which entries of an incoming batch are new, and refuses batches that would leave a gap, repeat a
 * position or rewrite one.
 */
public final class IndexedLog {

    private final List<String> fingerprints = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();

    /** Number of entries recorded; also the next index. */
    public int size() {
        return fingerprints.size();
    }

    /** The id recorded at {@code index}. */
    public String idAt(int index) {
        return ids.get(index);
    }

    /**
     * The entries of {@code batch} not recorded yet, in order.
     *
     * @param field the request field holding the batch, for error messages (such as {@code brain_states})
     * @param indexField the entry's index field (such as {@code idx_in_traversal})
     * @throws CommandRejectedException INVALID for a batch out of order, CONFLICT for a gap or a rewrite
     */
    public <T> List<T> newEntries(
            List<T> batch, ToIntFunction<T> index, Function<T, String> fingerprint, String field, String indexField) {
        for (int i = 0; i < batch.size(); i++) {
            int position = index.applyAsInt(batch.get(i));
            String where = field + "[" + i + "]." + indexField;
            if (i > 0 && position != index.applyAsInt(batch.get(i - 1)) + 1) {
                throw CommandRejectedException.invalid(
                        where, indexField + " values in one batch must be consecutive and ascending");
            }
            if (position < 0) {
                throw CommandRejectedException.invalid(where, indexField + " must not be negative");
            }
        }
        List<T> fresh = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            T entry = batch.get(i);
            int position = index.applyAsInt(entry);
            String where = field + "[" + i + "]." + indexField;
            if (position < size()) {
                if (!fingerprints.get(position).equals(fingerprint.apply(entry))) {
                    throw CommandRejectedException.conflict(
                            where, indexField + " " + position + " is already recorded with other content");
                }
            } else if (position > size() + fresh.size()) {
                throw CommandRejectedException.conflict(
                        where, indexField + " " + position + " would leave a gap: the next one is " + size());
            } else {
                fresh.add(entry);
            }
        }
        return fresh;
    }

    /** Records an entry at the next index. */
    public void append(String fingerprint, String id) {
        fingerprints.add(fingerprint);
        ids.add(id);
    }
}
