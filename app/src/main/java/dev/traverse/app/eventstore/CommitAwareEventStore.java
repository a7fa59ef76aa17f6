package dev.traverse.app.eventstore;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's embedded event store, told about the database commit instead of the unit of work's. A write request runs
 * its commands inside one outer transaction, so Axon's "after commit" fires while the events are still invisible;
 * waking the tailing processors then would make them find nothing and sleep for their fetch delay. This store wakes
 * them when the outer transaction has really committed.
 */
public class CommitAwareEventStore extends EmbeddedEventStore {

    private final List<Runnable> commitListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    CommitAwareEventStore(Builder builder) {
        super(builder);
    }

    /** Runs {@code listener} after every commit that stored events on this node. */
    public void onCommit(Runnable listener) {
        commitListeners.add(listener);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    committed(events);
                }
            });
        } else {
            committed(events);
        }
    }

    private void committed(List<? extends EventMessage<?>> events) {
        super.afterCommit(events);
        commitListeners.forEach(Runnable::run);
    }
}
