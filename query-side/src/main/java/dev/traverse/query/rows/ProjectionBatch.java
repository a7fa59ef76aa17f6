package dev.traverse.query.rows;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Writes a projection defers to the end of its processor's batch: a streaming processor hands a projection hundreds
 * of events in one unit of work and one transaction, and writing them set by set when that transaction is about to
 * commit costs a handful of statements instead of several per event (docs/benchmarks.md, P4). The pending writes are
 * flushed in the order of their {@code order}, inside the batch's transaction: a failure rolls the whole batch back
 * and the processor retries it. Outside a unit of work the writes are made at once.
 */
public final class ProjectionBatch {

    /** Deferred writes of one projection. */
    public interface Pending {
        /** Makes the writes collected so far; called once, in the batch's transaction. */
        void flush();
    }

    private static final String RESOURCE = ProjectionBatch.class.getName();

    private final Map<Integer, Pending> pending = new TreeMap<>();

    private ProjectionBatch() {}

    /**
     * Hands {@code write} the pending writes of kind {@code type} for the current batch, made by {@code create} on the
     * batch's first use.
     *
     * @param order where these writes are flushed relative to the other kinds (ascending); unique per kind
     */
    public static <T extends Pending> void write(int order, Class<T> type, Supplier<T> create, Consumer<T> write) {
        if (!CurrentUnitOfWork.isStarted()) {
            T immediate = create.get();
            write.accept(immediate);
            immediate.flush();
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        ProjectionBatch batch = unitOfWork.getOrComputeResource(RESOURCE, key -> {
            ProjectionBatch created = new ProjectionBatch();
            unitOfWork.onPrepareCommit(u -> created.flush());
            return created;
        });
        Pending writes = batch.pending.computeIfAbsent(order, key -> create.get());
        if (!type.isInstance(writes)) {
            throw new IllegalStateException(
                    "flush order " + order + " is taken by " + writes.getClass().getName() + ", not " + type.getName());
        }
        write.accept(type.cast(writes));
    }

    private void flush() {
        pending.values().forEach(Pending::flush);
        pending.clear();
    }
}
