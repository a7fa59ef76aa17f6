package dev.traverse.api.testrun;

/** Where a run stands. */
public enum RunState {
    RUNNING,
    PASSED,
    FAILED
}
