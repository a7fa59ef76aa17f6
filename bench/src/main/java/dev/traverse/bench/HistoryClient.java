package dev.traverse.bench;

import java.util.function.BiConsumer;

/**
 * An agent recording its run one step at a time: each request is one history element (one event). After
 * {@code runLength} steps it starts its next run (outside the timed request).
 */
final class HistoryClient implements Load.Client {

    private final Api api;
    private final Fixture.Case testCase;
    private final int runLength;
    private final String[] headers;
    private final BiConsumer<String, Long> accepted;
    private String run;
    private int idx;

    /**
     * @param eventual whether to skip the read-your-writes wait ({@code Traverse-Consistency: eventual})
     * @param accepted told the id of every recorded element and when its answer arrived (nanoTime), or null
     */
    HistoryClient(Api api, Fixture.Case testCase, int runLength, boolean eventual, BiConsumer<String, Long> accepted) {
        this.api = api;
        this.testCase = testCase;
        this.runLength = runLength;
        this.headers = eventual ? new String[] {"Traverse-Consistency", "eventual"} : new String[0];
        this.accepted = accepted;
    }

    @Override
    public void prepare() throws Exception {
        if (run == null || idx >= runLength) {
            run = Fixture.startRun(api, testCase);
            idx = 0;
        }
    }

    @Override
    public int send() throws Exception {
        String action = testCase.actions().get(idx % testCase.actions().size());
        Api.Response response = api.post(
                        "/api/v1/runs/" + run + "/history", Bodies.historyElement(idx, action), headers)
                .require("history element");
        long at = System.nanoTime();
        idx++;
        if (accepted != null) {
            accepted.accept(
                    response.json()
                            .get("elements")
                            .get(0)
                            .get("history_element_id")
                            .asText(),
                    at);
        }
        return 1;
    }
}
