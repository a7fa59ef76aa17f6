-- Run statistics per test case: how often it ran, passed and needed a repair, how long it takes.
CREATE TABLE test_case_run_stats (
    test_case_id      TEXT PRIMARY KEY,
    project_id        TEXT        NOT NULL,
    organization_id   TEXT        NOT NULL,
    runs              BIGINT      NOT NULL,
    running           BIGINT      NOT NULL,
    passed            BIGINT      NOT NULL,
    failed            BIGINT      NOT NULL,
    repairs           BIGINT      NOT NULL,
    -- Sum of finished runs' durations; average = total_duration_ms / (passed + failed).
    total_duration_ms BIGINT      NOT NULL,
    last_run_id       TEXT,
    last_state        TEXT,
    last_started_at   TIMESTAMPTZ
);

CREATE INDEX test_case_run_stats_project_idx ON test_case_run_stats (project_id);
