package dev.traverse.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Request bodies as an agent sends them. */
final class Bodies {

    private Bodies() {}

    /** One history element: the action executed as step {@code idx} of a run, finished just now. */
    static String historyElement(int idx, String actionId) {
        Instant finished = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return "{\"idx_in_run\":%d,\"action_id\":\"%s\",\"action_started_at\":\"%s\",\"action_finished_at\":\"%s\","
                        .formatted(idx, actionId, finished.minusMillis(850), finished)
                + "\"history_element_state\":\"" + (idx % 20 == 19 ? "FAILED" : "PASSED") + "\"}";
    }

    /** {@code count} history elements from step {@code from}, cycling through the path's actions. */
    static String historyBatch(int from, int count, java.util.List<String> actions) {
        StringBuilder body = new StringBuilder("{\"elements\":[");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                body.append(',');
            }
            body.append(historyElement(from + i, actions.get((from + i) % actions.size())));
        }
        return body.append("]}").toString();
    }

    /** {@code count} brain states from position {@code from}, each with a click and a wait, as one batch. */
    static String brainStates(int from, int count) {
        StringBuilder body = new StringBuilder("{\"brain_states\":[");
        for (int i = from; i < from + count; i++) {
            if (i > from) {
                body.append(',');
            }
            body.append("""
                    {"idx_in_traversal":%d,"valid":true,"evaluation_previous_goal":"Success - the page shows \
                    the basket","memory":"Step %d: the basket holds one item, checkout is next","next_goal":"Click \
                    the checkout button","actions":[{"idx_in_brain_state":0,"action":{"click_element_by_index":\
                    {"index":%d}},"dom_element_data":{"node_name":"BUTTON","x_path":"html/body/div[2]/main/\
                    button[%d]","attributes":{"class":"btn btn-primary","type":"submit"}}},{"idx_in_brain_state":1,\
                    "action":{"wait":{"seconds":1}}}]}""".formatted(i, i, 10 + i % 40, 1 + i % 9));
        }
        return body.append("]}").toString();
    }
}
