package dev.traverse.api.traversal;

import java.util.List;

/**
 * One step of the agent's thinking on a traversal's path, with the actions it chose.
 *
 * @param brainStateId server-made id
 * @param idxInTraversal position in the path version, from 0 without gaps
 * @param valid whether the agent produced a usable output in this step
 * @param evaluationPreviousGoal the agent's judgement of the previous step
 * @param memory what the agent keeps in mind
 * @param nextGoal what the agent sets out to do next
 * @param actions the actions, in order
 */
public record BrainState(
        String brainStateId,
        int idxInTraversal,
        boolean valid,
        String evaluationPreviousGoal,
        String memory,
        String nextGoal,
        List<Action> actions) {}
