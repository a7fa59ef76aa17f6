package dev.traverse.api.testrun;

/** How a run was driven: by the agent thinking afresh, or by replaying a recorded path. */
public enum RunType {
    AGENTIC,
    REPLAY
}
