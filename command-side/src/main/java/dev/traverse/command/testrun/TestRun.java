package dev.traverse.command.testrun;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.traverse.api.testrun.FinishTestRun;
import dev.traverse.api.testrun.HistoryElement;
import dev.traverse.api.testrun.HistoryRecorded;
import dev.traverse.api.testrun.RecordHistory;
import dev.traverse.api.testrun.RecordUsage;
import dev.traverse.api.testrun.RunState;
import dev.traverse.api.testrun.RunType;
import dev.traverse.api.testrun.StartTestRun;
import dev.traverse.api.testrun.TestRunFinished;
import dev.traverse.api.testrun.TestRunStarted;
import dev.traverse.api.testrun.Usage;
import dev.traverse.api.testrun.UsageRecorded;
import dev.traverse.command.rejection.CommandRejectedException;
import dev.traverse.command.sequence.Fingerprint;
import dev.traverse.command.sequence.IndexedLog;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One run of a traversal. While RUNNING it accepts history and usage in index order; once PASSED or FAILED it
 * accepts nothing more. A run nobody finishes fails by itself at its deadline.
 */
@Aggregate(
        lockFactory = "aggregateLockFactory",
        snapshotTriggerDefinition = "longLivedSnapshots",
        cache = "aggregateCache")
public class TestRun {

    static final String DEADLINE = "run-timeout";

    @AggregateIdentifier
    private String runId;

    private String traversalId;
    private String testCaseId;
    private String projectId;
    private String organizationId;
    private RunType runType;
    private RunState state;
    private String repairsRunId;
    private Instant startedAt;
    private IndexedLog history = new IndexedLog();
    private IndexedLog usage = new IndexedLog();

    protected TestRun() {
        // For Axon: rebuilt from events.
    }

    @CommandHandler
    public TestRun(StartTestRun command, DeadlineManager deadlines) {
        if (command.runType() == null) {
            throw CommandRejectedException.invalid("run_type", "run_type must be AGENTIC or REPLAY");
        }
        if (command.repairsRunId() != null && command.runType() != RunType.AGENTIC) {
            throw CommandRejectedException.invalid("repairs_run_id", "only an AGENTIC run repairs another run");
        }
        apply(new TestRunStarted(
                command.runId(),
                command.traversalId(),
                command.testCaseId(),
                command.projectId(),
                command.organizationId(),
                command.runType(),
                command.traversalVersion(),
                command.testConfig(),
                command.repairsRunId(),
                command.startedAt(),
                command.deadline()));
        deadlines.schedule(command.deadline(), DEADLINE);
    }

    /** Returns every element of the batch as recorded, with its id. */
    @CommandHandler
    public List<HistoryElement> handle(RecordHistory command) {
        requireRunning();
        List<HistoryElement> batch = requireBatch(command.elements(), "elements");
        for (int i = 0; i < batch.size(); i++) {
            HistoryElement element = batch.get(i);
            if (element.actionStartedAt() == null || element.actionFinishedAt() == null) {
                throw CommandRejectedException.invalid(
                        "elements[" + i + "].action_started_at",
                        "action_started_at and action_finished_at are required");
            }
            if (element.actionFinishedAt().isBefore(element.actionStartedAt())) {
                throw CommandRejectedException.invalid(
                        "elements[" + i + "].action_finished_at", "action_finished_at is before action_started_at");
            }
            if (element.historyElementState() == null) {
                throw CommandRejectedException.invalid(
                        "elements[" + i + "].history_element_state", "history_element_state must be PASSED or FAILED");
            }
        }
        List<HistoryElement> fresh =
                history.newEntries(batch, HistoryElement::idxInRun, TestRun::fingerprint, "elements", "idx_in_run");
        if (!fresh.isEmpty()) {
            apply(new HistoryRecorded(runId, traversalId, testCaseId, projectId, organizationId, fresh));
        }
        return batch.stream()
                .map(element -> new HistoryElement(
                        history.idAt(element.idxInRun()),
                        element.idxInRun(),
                        element.actionId(),
                        element.actionStartedAt(),
                        element.actionFinishedAt(),
                        element.historyElementState(),
                        element.screenshot()))
                .toList();
    }

    /** Returns every usage of the batch as recorded. */
    @CommandHandler
    public List<Usage> handle(RecordUsage command) {
        requireRunning();
        List<Usage> batch = requireBatch(command.usages(), "usages");
        List<Usage> fresh = usage.newEntries(batch, Usage::idx, TestRun::fingerprint, "usages", "idx");
        if (!fresh.isEmpty()) {
            apply(new UsageRecorded(runId, traversalId, testCaseId, projectId, organizationId, fresh));
        }
        return batch;
    }

    @CommandHandler
    public void handle(FinishTestRun command, DeadlineManager deadlines) {
        requireRunning();
        if (command.state() != RunState.PASSED && command.state() != RunState.FAILED) {
            throw CommandRejectedException.invalid("state", "a run finishes PASSED or FAILED");
        }
        if (command.finishedAt() != null && command.finishedAt().isBefore(startedAt)) {
            throw CommandRejectedException.invalid("finished_at", "finished_at is before the run started");
        }
        boolean repaired = command.repairWasNeeded() != null ? command.repairWasNeeded() : repairsRunId != null;
        apply(new TestRunFinished(
                runId,
                traversalId,
                testCaseId,
                projectId,
                organizationId,
                command.state(),
                command.finishedAt() != null ? command.finishedAt() : Instant.now(),
                repaired,
                command.runGif(),
                null));
        deadlines.cancelAllWithinScope(DEADLINE);
    }

    @DeadlineHandler(deadlineName = DEADLINE)
    void deadlinePassed() {
        if (state != RunState.RUNNING) {
            return;
        }
        apply(new TestRunFinished(
                runId,
                traversalId,
                testCaseId,
                projectId,
                organizationId,
                RunState.FAILED,
                Instant.now(),
                repairsRunId != null,
                null,
                "the run was not finished before its deadline"));
    }

    private void requireRunning() {
        if (state != RunState.RUNNING) {
            throw CommandRejectedException.conflict(
                    null, "the run is " + state + " and accepts no more history, usage or results");
        }
    }

    private static <T> List<T> requireBatch(List<T> batch, String field) {
        if (batch == null || batch.isEmpty()) {
            throw CommandRejectedException.invalid(field, "send at least one entry");
        }
        return batch;
    }

    /** What identifies a history element apart from its server-made id. */
    static String fingerprint(HistoryElement element) {
        return Fingerprint.of(
                element.idxInRun(),
                element.actionId(),
                element.actionStartedAt(),
                element.actionFinishedAt(),
                element.historyElementState(),
                element.screenshot());
    }

    /** What the caller said about a usage: prices looked up by Traverse may change between retries. */
    static String fingerprint(Usage usage) {
        return Fingerprint.of(
                usage.idx(),
                usage.modelType(),
                usage.inputTokenNum(),
                usage.completionTokenNum(),
                "caller".equals(usage.priceSource()) ? usage.costInDollars() : null);
    }

    @EventSourcingHandler
    void on(TestRunStarted event) {
        runId = event.runId();
        traversalId = event.traversalId();
        testCaseId = event.testCaseId();
        projectId = event.projectId();
        organizationId = event.organizationId();
        runType = event.runType();
        repairsRunId = event.repairsRunId();
        state = RunState.RUNNING;
        startedAt = event.startedAt();
    }

    @EventSourcingHandler
    void on(HistoryRecorded event) {
        event.elements().forEach(element -> history.append(fingerprint(element), element.historyElementId()));
    }

    @EventSourcingHandler
    void on(UsageRecorded event) {
        event.usages().forEach(entry -> usage.append(fingerprint(entry), Integer.toString(entry.idx())));
    }

    @EventSourcingHandler
    void on(TestRunFinished event) {
        state = event.state();
    }
}
