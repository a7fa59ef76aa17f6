-- Per-test statistics across all report runs of a project: how often each test ran and how it ended.
CREATE TABLE test_stats (
    project_id      TEXT        NOT NULL,
    test_key        TEXT        NOT NULL,
    organization_id TEXT        NOT NULL,
    file            TEXT        NOT NULL,
    title           TEXT        NOT NULL,
    project_name    TEXT        NOT NULL,
    runs            BIGINT      NOT NULL,
    passed          BIGINT      NOT NULL,
    failed          BIGINT      NOT NULL,
    flaky           BIGINT      NOT NULL,
    skipped         BIGINT      NOT NULL,
    todo            BIGINT      NOT NULL,
    -- Total milliseconds of the runs counted above; average = total_duration / runs.
    total_duration  BIGINT      NOT NULL,
    -- The outcome in the newest run by run_at (not by push order).
    last_outcome    TEXT        NOT NULL,
    last_report_id  TEXT        NOT NULL,
    last_run_at     TIMESTAMPTZ NOT NULL,
    first_run_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (project_id, test_key)
);
