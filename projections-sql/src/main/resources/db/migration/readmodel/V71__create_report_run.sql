-- CI report runs: one Playwright or Vitest JSON report pushed to a project, normalized (see docs/reports.md).
CREATE TABLE report_run (
    id                TEXT PRIMARY KEY,
    organization_id   TEXT        NOT NULL,
    project_id        TEXT        NOT NULL,
    -- playwright | vitest
    test_tool         TEXT        NOT NULL,
    -- The tool's version when the report names it (Playwright's config.version).
    tool_version      TEXT,
    -- When the run started: the caller's run_at, else the report's own start time, else when it was pushed.
    run_at            TIMESTAMPTZ NOT NULL,
    commit_hash       TEXT,
    -- The branch as the caller named it, without refs/heads/.
    branch            TEXT,
    -- Who triggered the run (user name or e-mail), as the caller named it.
    creator           TEXT,
    -- Milliseconds the run took; null when the report does not tell.
    duration          BIGINT,
    -- passed | failed | partial
    status            TEXT        NOT NULL,
    -- Tests per final outcome; total = passed + failed + flaky + skipped + todo.
    total             INTEGER     NOT NULL,
    passed            INTEGER     NOT NULL,
    failed            INTEGER     NOT NULL,
    flaky             INTEGER     NOT NULL,
    skipped           INTEGER     NOT NULL,
    todo              INTEGER     NOT NULL,
    -- Set on one shard of a sharded Playwright run (1-based).
    shard_index       INTEGER,
    shard_total       INTEGER,
    -- Why the report does not cover the whole run (a shard, interrupted tests, tests that did not run), or null.
    incomplete_reason TEXT,
    -- Run-level errors (a JSON array of strings): global setup or web server failures, test files that failed to load.
    errors            JSONB       NOT NULL,
    -- SHA-256 of the raw report artifact, and its size.
    raw_artifact      TEXT        NOT NULL,
    raw_size_bytes    BIGINT      NOT NULL,
    -- When retention expired the raw report (then it is no longer downloadable), and whether its bytes were deleted.
    raw_expired_at    TIMESTAMPTZ,
    raw_deleted       BOOLEAN     NOT NULL DEFAULT FALSE,
    version           BIGINT      NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    last_event_seq    BIGINT      NOT NULL
);

CREATE INDEX report_run_project_idx ON report_run (project_id, created_at, id);
-- The last N runs of a branch: flakiness windows.
CREATE INDEX report_run_branch_idx ON report_run (project_id, branch, run_at DESC, id DESC);
