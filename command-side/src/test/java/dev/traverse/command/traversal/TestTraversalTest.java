package dev.traverse.command.traversal;

import static dev.traverse.command.rejection.Rejected.rejected;

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
import dev.traverse.command.rejection.Rejection;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TestTraversalTest {

    private static final String T = "tr1";
    private static final String TC = "tc1";
    private static final String P = "p1";
    private static final String ORG = "org1";
    private AggregateTestFixture<TestTraversal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TestTraversal.class);
    }

    private static TraversalCreated created() {
        return new TraversalCreated(T, TC, P, ORG, "b1", "the order is placed");
    }

    /** A brain state at {@code idx} with ids made from {@code tag}, so a retry can carry other ids. */
    static BrainState state(int idx, String tag, String goal) {
        return new BrainState(
                "bs-" + tag + idx,
                idx,
                true,
                "ok",
                "memory " + idx,
                goal,
                List.of(
                        new Action(
                                "a-" + tag + idx + "-0", 0, Map.of("click", Map.of("index", idx)), Map.of("tag", "a")),
                        new Action("a-" + tag + idx + "-1", 1, Map.of("wait", Map.of("seconds", 1)), null)));
    }

    @Test
    void createsTraversalWithAnEmptyFirstVersion() {
        fixture.givenNoPriorActivity()
                .when(new CreateTraversal(T, TC, P, ORG, "b1", "the order is placed"))
                .expectEvents(created());
    }

    @Test
    void rejectsTraversalWithoutBrowserConfig() {
        fixture.givenNoPriorActivity()
                .when(new CreateTraversal(T, TC, P, ORG, null, "x"))
                .expectNoEvents()
                .expectException(rejected(Rejection.INVALID, "browser_config_id"));
    }

    @Test
    void recordsABatchOfBrainStatesWithTheirActions() {
        fixture.given(created())
                .when(new RecordBrainStates(T, List.of(state(0, "x", "open"), state(1, "x", "pay"))))
                .expectEvents(
                        new BrainStatesRecorded(T, TC, P, ORG, 1, List.of(state(0, "x", "open"), state(1, "x", "pay"))))
                .expectResultMessagePayload(
                        new RecordedPath(T, 1, List.of(state(0, "x", "open"), state(1, "x", "pay"))));
    }

    @Test
    void resendingAnIdenticalBatchIsANoOpThatAnswersTheFirstIds() {
        fixture.given(created(), new BrainStatesRecorded(T, TC, P, ORG, 1, List.of(state(0, "x", "open"))))
                .when(new RecordBrainStates(T, List.of(state(0, "retry", "open"))))
                .expectNoEvents()
                .expectResultMessagePayload(new RecordedPath(T, 1, List.of(state(0, "x", "open"))));
    }

    @Test
    void aRetryOverlappingNewStatesRecordsOnlyTheNewOnes() {
        fixture.given(created(), new BrainStatesRecorded(T, TC, P, ORG, 1, List.of(state(0, "x", "open"))))
                .when(new RecordBrainStates(T, List.of(state(0, "y", "open"), state(1, "y", "pay"))))
                .expectEvents(new BrainStatesRecorded(T, TC, P, ORG, 1, List.of(state(1, "y", "pay"))));
    }

    @Test
    void rejectsAGap() {
        fixture.given(created(), new BrainStatesRecorded(T, TC, P, ORG, 1, List.of(state(0, "x", "open"))))
                .when(new RecordBrainStates(T, List.of(state(2, "x", "later"))))
                .expectNoEvents()
                .expectException(rejected(Rejection.CONFLICT, "brain_states[0].idx_in_traversal"));
    }

    @Test
    void rejectsADuplicateWithOtherContent() {
        fixture.given(created(), new BrainStatesRecorded(T, TC, P, ORG, 1, List.of(state(0, "x", "open"))))
                .when(new RecordBrainStates(T, List.of(state(0, "x", "something else"))))
                .expectNoEvents()
                .expectException(rejected(Rejection.CONFLICT, "brain_states[0].idx_in_traversal"));
    }

    @Test
    void rejectsIndexesOutOfOrderWithinABatch() {
        fixture.given(created())
                .when(new RecordBrainStates(T, List.of(state(1, "x", "b"), state(0, "x", "a"))))
                .expectNoEvents()
                .expectException(rejected(Rejection.INVALID, "brain_states[1].idx_in_traversal"));
        fixture.given(created())
                .when(new RecordBrainStates(T, List.of(state(0, "x", "a"), state(0, "x", "a"))))
                .expectNoEvents()
                .expectException(rejected(Rejection.INVALID, "brain_states[1].idx_in_traversal"));
    }

    @Test
    void rejectsActionsOutOfOrder() {
        BrainState shuffled = new BrainState(
                "bs",
                0,
                true,
                null,
                null,
                null,
                List.of(new Action("a1", 1, Map.of("x", 1), null), new Action("a0", 0, Map.of("x", 0), null)));
        fixture.given(created())
                .when(new RecordBrainStates(T, List.of(shuffled)))
                .expectNoEvents()
                .expectException(rejected(Rejection.INVALID, "brain_states[0].actions[0].idx_in_brain_state"));
    }

    @Test
    void rejectsAnEmptyBatch() {
        fixture.given(created())
                .when(new RecordBrainStates(T, List.of()))
                .expectNoEvents()
                .expectException(rejected(Rejection.INVALID, "brain_states"));
    }

    @Test
    void aRepairStartsAFreshVersionThatRecordsFromIndexZero() {
        fixture.given(created(), new BrainStatesRecorded(T, TC, P, ORG, 1, List.of(state(0, "x", "open"))))
                .when(new StartTraversalVersion(T, "repair of run r1", "r2"))
                .expectEvents(new TraversalVersionStarted(T, TC, P, ORG, 2, "repair of run r1", "r2"))
                .expectResultMessagePayload(2);
        fixture.given(
                        created(),
                        new BrainStatesRecorded(T, TC, P, ORG, 1, List.of(state(0, "x", "open"))),
                        new TraversalVersionStarted(T, TC, P, ORG, 2, "repair", "r2"))
                .when(new RecordBrainStates(T, List.of(state(0, "v2", "open differently"))))
                .expectEvents(new BrainStatesRecorded(T, TC, P, ORG, 2, List.of(state(0, "v2", "open differently"))));
    }

    @Test
    void notesImports() {
        fixture.given(created())
                .when(new RecordImport(T, 1, "r1", "abc", "browser-use-0.4-0.8", 5))
                .expectEvents(new HistoryImported(T, TC, P, ORG, 1, "r1", "abc", "browser-use-0.4-0.8", 5));
    }

    @Test
    void secretsAreAttachedAndDetachedOnceEach() {
        TraversalSecretAttached attached = new TraversalSecretAttached(T, TC, P, ORG, "s1");
        fixture.given(created()).when(new AttachSecret(T, "s1")).expectEvents(attached);
        fixture.given(created(), attached)
                .when(new AttachSecret(T, "s1"))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
        fixture.given(created(), attached)
                .when(new DetachSecret(T, "s1"))
                .expectEvents(new TraversalSecretDetached(T, TC, P, ORG, "s1"));
        fixture.given(created())
                .when(new DetachSecret(T, "s1"))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }
}
