-- Runs: one execution of a traversal's pinned path version.
CREATE TABLE test_run (
    id                TEXT PRIMARY KEY,
    test_traversal_id TEXT        NOT NULL,
    test_case_id      TEXT        NOT NULL,
    project_id        TEXT        NOT NULL,
    organization_id   TEXT        NOT NULL,
    -- AGENTIC | REPLAY
    run_type          TEXT        NOT NULL,
    -- RUNNING | PASSED | FAILED
    state             TEXT        NOT NULL,
    -- The path version the run executes.
    traversal_version INTEGER     NOT NULL,
    -- The run's configuration snapshot (model, max steps, headless ...); the seeds' TestConfig.
    test_config       JSONB       NOT NULL,
    -- Set on an AGENTIC run that repaired the run named here.
    repairs_run_id    TEXT,
    repair_was_needed BOOLEAN     NOT NULL DEFAULT FALSE,
    started_at        TIMESTAMPTZ NOT NULL,
    finished_at       TIMESTAMPTZ,
    deadline          TIMESTAMPTZ NOT NULL,
    -- SHA-256 of the run's GIF artifact.
    run_gif           TEXT,
    -- Why Traverse failed the run itself (its deadline passed).
    failure_reason    TEXT,
    -- The run's cost row (cost.id), once it reported usage.
    cost_id           TEXT,
    history_count     INTEGER     NOT NULL DEFAULT 0,
    -- Number of events applied to the run (its revision).
    version           BIGINT      NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    last_event_seq    BIGINT      NOT NULL
);

CREATE INDEX test_run_project_idx ON test_run (project_id, created_at, id);
CREATE INDEX test_run_traversal_idx ON test_run (test_traversal_id, created_at);
CREATE INDEX test_run_test_case_idx ON test_run (test_case_id, created_at);

-- What a run executed, in order.
CREATE TABLE history_element (
    id                    TEXT PRIMARY KEY,
    test_run_id           TEXT        NOT NULL,
    idx_in_run            INTEGER     NOT NULL,
    action_id             TEXT        NOT NULL,
    action_started_at     TIMESTAMPTZ NOT NULL,
    action_finished_at    TIMESTAMPTZ NOT NULL,
    -- PASSED | FAILED
    history_element_state TEXT        NOT NULL,
    -- SHA-256 of the screenshot artifact.
    screenshot            TEXT,
    organization_id       TEXT        NOT NULL,
    CONSTRAINT history_element_position_uk UNIQUE (test_run_id, idx_in_run)
);
