package dev.traverse.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** What every phase works with: the settings, the database, the API, the fixture and where results go. */
record Context(Settings settings, Database database, Api api, Results results, CpuMeter cpu, Fixture fixture) {

    Context withFixture(Fixture made) {
        return new Context(settings, database, api, results, cpu, made);
    }

    void log(String message) {
        BenchMain.log(message);
    }

    /** Runs a load level with the CPU shares recorded next to its figures in the phase's JSON. */
    Load.Result measure(String phase, String level, LoadRun run) throws Exception {
        CpuMeter.Snapshot before = cpu.snapshot();
        Load.Result result = run.run();
        Map<String, Double> shares = CpuMeter.shares(before, cpu.snapshot());
        log(result.summary() + " cpu " + shares);
        ObjectNode node = results.phase(phase).putObject(level);
        node.put("clients", result.clients());
        node.put("seconds", round(result.seconds()));
        node.put("requests", result.ok());
        node.put("failed", result.failed());
        node.put("records", result.records());
        node.put("requests_per_second", round(result.requestsPerSecond()));
        node.put("records_per_second", round(result.recordsPerSecond()));
        node.put("p50_ms", round(result.percentileMillis(50)));
        node.put("p90_ms", round(result.percentileMillis(90)));
        node.put("p99_ms", round(result.percentileMillis(99)));
        node.put("max_ms", round(result.maxMillis()));
        if (result.firstFailure() != null) {
            node.put("first_failure", String.valueOf(result.firstFailure()));
        }
        node.set("cpu", Api.JSON.valueToTree(shares));
        return result;
    }

    static double round(double value) {
        return Double.isNaN(value) ? value : Math.round(value * 100) / 100.0;
    }

    /** A load level to measure. */
    interface LoadRun {
        Load.Result run() throws Exception;
    }
}
