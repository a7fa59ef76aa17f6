package dev.traverse.api.traversal;

import java.util.Map;

/**
 * One action the agent took in a brain state.
 *
 * @param actionId server-made id, referenced by the history elements of runs
 * @param idxInBrainState position in the brain state, from 0 without gaps
 * @param action the action as the agent framework wrote it (such as {@code {"click_element": {"index": 4}}})
 * @param domElementData the DOM element the action touched, or {@code null}
 */
public record Action(
        String actionId, int idxInBrainState, Map<String, Object> action, Map<String, Object> domElementData) {}
