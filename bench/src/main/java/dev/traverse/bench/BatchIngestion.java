package dev.traverse.bench;

import java.util.function.IntFunction;

/**
 * P2: batch ingestion over HTTP, as agents upload what they recorded: history elements in batches (one run per
 * client, the next run after a run's length), and brain states with their actions in batches (one traversal per
 * client, a fresh traversal after 500 brain states). Counted in records (elements, brain states, actions) per second.
 */
final class BatchIngestion {

    private static final int TRAVERSAL_LENGTH = 500;

    private BatchIngestion() {}

    static Load.Result history(Context context) throws Exception {
        Settings settings = context.settings();
        int batch = settings.integer(Setting.P2_HISTORY_BATCH);
        int length = settings.integer(Setting.P2_RUN_LENGTH);
        IntFunction<Load.Client> clients =
                n -> new HistoryBatches(context.api(), context.fixture().caseFor(n), batch, length);
        warmUp(context, "history_warmup_windows_per_second", clients);
        return context.measure(
                "P2",
                "history_batches",
                () -> Load.closed(
                        "P2-history",
                        settings.integer(Setting.P2_CLIENTS),
                        settings.seconds(Setting.LEVEL_SECONDS),
                        settings.number(Setting.MAX_REQUESTS),
                        clients));
    }

    static Load.Result brainStates(Context context) throws Exception {
        Settings settings = context.settings();
        int batch = settings.integer(Setting.P2_BRAIN_STATES);
        IntFunction<Load.Client> clients =
                n -> new BrainStateBatches(context.api(), context.fixture().caseFor(n), batch);
        warmUp(context, "brain_state_warmup_windows_per_second", clients);
        return context.measure(
                "P2",
                "brain_state_batches",
                () -> Load.closed(
                        "P2-brain-states",
                        settings.integer(Setting.P2_CLIENTS),
                        settings.seconds(Setting.LEVEL_SECONDS),
                        settings.number(Setting.MAX_REQUESTS),
                        clients));
    }

    /**
     * P1's warm-up leaves the batch paths cold (a hundred elements to bind, check and write per request, the brain
     * states' traversal aggregate): without their own, P2 measured their first 20 seconds.
     */
    private static void warmUp(Context context, String key, IntFunction<Load.Client> clients) throws Exception {
        Settings settings = context.settings();
        WarmUp.untilSteady(
                context,
                "P2",
                key,
                settings.integer(Setting.P2_CLIENTS),
                settings.seconds(Setting.P2_WARMUP_SECONDS),
                settings.seconds(Setting.P2_WARMUP_MAX_SECONDS),
                clients);
    }

    private static final class HistoryBatches implements Load.Client {
        private final Api api;
        private final Fixture.Case testCase;
        private final int batch;
        private final int length;
        private String run;
        private int idx;

        HistoryBatches(Api api, Fixture.Case testCase, int batch, int length) {
            this.api = api;
            this.testCase = testCase;
            this.batch = batch;
            this.length = length;
        }

        @Override
        public void prepare() throws Exception {
            if (run == null || idx + batch > length) {
                run = Fixture.startRun(api, testCase);
                idx = 0;
            }
        }

        @Override
        public int send() throws Exception {
            api.post("/api/v1/runs/" + run + "/history", Bodies.historyBatch(idx, batch, testCase.actions()))
                    .require("history batch");
            idx += batch;
            return batch;
        }
    }

    private static final class BrainStateBatches implements Load.Client {
        private final Api api;
        private final Fixture.Case testCase;
        private final int batch;
        private String traversal;
        private int idx;

        BrainStateBatches(Api api, Fixture.Case testCase, int batch) {
            this.api = api;
            this.testCase = testCase;
            this.batch = batch;
        }

        @Override
        public void prepare() throws Exception {
            if (traversal == null || idx + batch > TRAVERSAL_LENGTH) {
                traversal = Fixture.newTraversal(api, testCase.testCase(), testCase.browserConfig());
                idx = 0;
            }
        }

        @Override
        public int send() throws Exception {
            api.post("/api/v1/traversals/" + traversal + "/brain-states", Bodies.brainStates(idx, batch))
                    .require("brain state batch");
            idx += batch;
            // every brain state carries two actions
            return batch * 3;
        }
    }
}
