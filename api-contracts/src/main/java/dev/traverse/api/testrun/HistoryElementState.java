package dev.traverse.api.testrun;

/** How one executed action went. */
public enum HistoryElementState {
    PASSED,
    FAILED
}
