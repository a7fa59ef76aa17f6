package dev.traverse.command.traversal;

import dev.traverse.api.traversal.Action;
import dev.traverse.api.traversal.BrainState;
import dev.traverse.command.id.Ids;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A brain state as an agent sends it, with its actions; the server gives both their ids. */
record BrainStateRequest(
        @NotNull @PositiveOrZero Integer idxInTraversal,
        Boolean valid,
        @Size(max = BrainStateRequest.MAX_TEXT) String evaluationPreviousGoal,
        @Size(max = BrainStateRequest.MAX_TEXT) String memory,
        @Size(max = BrainStateRequest.MAX_TEXT) String nextGoal,
        @Size(max = 100) List<@NotNull @Valid ActionRequest> actions) {

    static final int MAX_TEXT = 20_000;

    /** An action as the agent sends it. */
    record ActionRequest(
            @NotNull @PositiveOrZero Integer idxInBrainState,
            @NotNull Map<String, Object> action,
            Map<String, Object> domElementData) {}

    BrainState withNewIds() {
        List<Action> recorded = Objects.requireNonNullElse(actions, List.<ActionRequest>of()).stream()
                .map(a -> new Action(Ids.next(), a.idxInBrainState(), a.action(), a.domElementData()))
                .toList();
        return new BrainState(
                Ids.next(), idxInTraversal, valid == null || valid, evaluationPreviousGoal, memory, nextGoal, recorded);
    }
}
