package dev.traverse.command.traversal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.traverse.api.traversal.Action;
import dev.traverse.api.traversal.AttachSecret;
import dev.traverse.api.traversal.BrainState;
import dev.traverse.api.traversal.BrainStatesRecorded;
import dev.traverse.api.traversal.CreateTraversal;
import dev.traverse.api.traversal.DetachSecret;
import dev.traverse.api.traversal.HistoryImported;
import dev.traverse.api.traversal.RecordBrainStates;
import dev.traverse.api.traversal.RecordImport;
import dev.traverse.api.traversal.RecordedPath;
import dev.traverse.api.traversal.StartTraversalVersion;
import dev.traverse.api.traversal.TraversalCreated;
import dev.traverse.api.traversal.TraversalSecretAttached;
import dev.traverse.api.traversal.TraversalSecretDetached;
import dev.traverse.api.traversal.TraversalVersionStarted;
import dev.traverse.command.rejection.CommandRejectedException;
import dev.traverse.command.sequence.Fingerprint;
import dev.traverse.command.sequence.IndexedLog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A traversal and its recorded path. The path grows by appending brain states to the current version; a repair
 * starts a new, empty version and older versions stay as they were.
 */
@Aggregate(
        lockFactory = "aggregateLockFactory",
        snapshotTriggerDefinition = "longLivedSnapshots",
        cache = "aggregateCache")
public class TestTraversal {

    @AggregateIdentifier
    private String traversalId;

    private String testCaseId;
    private String projectId;
    private String organizationId;
    private int version;
    private IndexedLog path = new IndexedLog();
    private List<List<String>> actionIds = new ArrayList<>();
    private final Set<String> secretIds = new HashSet<>();

    protected TestTraversal() {
        // For Axon: rebuilt from events.
    }

    @CommandHandler
    public TestTraversal(CreateTraversal command) {
        CommandRejectedException.requireText(command.browserConfigId(), "browser_config_id");
        apply(new TraversalCreated(
                command.traversalId(),
                command.testCaseId(),
                command.projectId(),
                command.organizationId(),
                command.browserConfigId(),
                command.expectedOutcome()));
    }

    @CommandHandler
    public RecordedPath handle(RecordBrainStates command) {
        List<BrainState> batch = command.brainStates();
        if (batch == null || batch.isEmpty()) {
            throw CommandRejectedException.invalid("brain_states", "send at least one brain state");
        }
        for (int i = 0; i < batch.size(); i++) {
            requireConsecutiveActions(batch.get(i), i);
        }
        List<BrainState> fresh = path.newEntries(
                batch, BrainState::idxInTraversal, TestTraversal::fingerprint, "brain_states", "idx_in_traversal");
        if (!fresh.isEmpty()) {
            apply(new BrainStatesRecorded(traversalId, testCaseId, projectId, organizationId, version, fresh));
        }
        return new RecordedPath(
                traversalId, version, batch.stream().map(this::asRecorded).toList());
    }

    @CommandHandler
    public int handle(StartTraversalVersion command) {
        apply(new TraversalVersionStarted(
                traversalId, testCaseId, projectId, organizationId, version + 1, command.reason(), command.runId()));
        return version;
    }

    @CommandHandler
    public void handle(AttachSecret command) {
        if (!secretIds.contains(command.secretId())) {
            apply(new TraversalSecretAttached(traversalId, testCaseId, projectId, organizationId, command.secretId()));
        }
    }

    @CommandHandler
    public void handle(DetachSecret command) {
        if (secretIds.contains(command.secretId())) {
            apply(new TraversalSecretDetached(traversalId, testCaseId, projectId, organizationId, command.secretId()));
        }
    }

    @CommandHandler
    public void handle(RecordImport command) {
        apply(new HistoryImported(
                traversalId,
                testCaseId,
                projectId,
                organizationId,
                command.version(),
                command.runId(),
                command.rawArtifact(),
                command.detectedFormat(),
                command.steps()));
    }

    /** The brain state as recorded: with the ids given when its index was first recorded. */
    private BrainState asRecorded(BrainState sent) {
        int index = sent.idxInTraversal();
        List<String> ids = actionIds.get(index);
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < actionsOf(sent).size(); i++) {
            Action action = actionsOf(sent).get(i);
            actions.add(new Action(ids.get(i), action.idxInBrainState(), action.action(), action.domElementData()));
        }
        return new BrainState(
                path.idAt(index),
                index,
                sent.valid(),
                sent.evaluationPreviousGoal(),
                sent.memory(),
                sent.nextGoal(),
                actions);
    }

    private static List<Action> actionsOf(BrainState state) {
        return state.actions() == null ? List.of() : state.actions();
    }

    private static void requireConsecutiveActions(BrainState state, int position) {
        List<Action> actions = actionsOf(state);
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).idxInBrainState() != i) {
                throw CommandRejectedException.invalid(
                        "brain_states[" + position + "].actions[" + i + "].idx_in_brain_state",
                        "actions of a brain state are numbered 0, 1, 2 ... in order; expected " + i);
            }
        }
    }

    /** The content that identifies a brain state, without the ids the server gave it. */
    static String fingerprint(BrainState state) {
        List<Object> actions = new ArrayList<>();
        for (Action action : actionsOf(state)) {
            actions.add(java.util.Arrays.asList(action.idxInBrainState(), action.action(), action.domElementData()));
        }
        return Fingerprint.of(
                state.idxInTraversal(),
                state.valid(),
                state.evaluationPreviousGoal(),
                state.memory(),
                state.nextGoal(),
                actions);
    }

    @EventSourcingHandler
    void on(TraversalCreated event) {
        traversalId = event.traversalId();
        testCaseId = event.testCaseId();
        projectId = event.projectId();
        organizationId = event.organizationId();
        version = 1;
    }

    @EventSourcingHandler
    void on(TraversalSecretAttached event) {
        secretIds.add(event.secretId());
    }

    @EventSourcingHandler
    void on(TraversalSecretDetached event) {
        secretIds.remove(event.secretId());
    }

    @EventSourcingHandler
    void on(TraversalVersionStarted event) {
        version = event.version();
        path = new IndexedLog();
        actionIds = new ArrayList<>();
    }

    @EventSourcingHandler
    void on(BrainStatesRecorded event) {
        if (event.version() != version) {
            return;
        }
        for (BrainState state : event.brainStates()) {
            path.append(fingerprint(state), state.brainStateId());
            actionIds.add(actionsOf(state).stream().map(Action::actionId).toList());
        }
    }
}
