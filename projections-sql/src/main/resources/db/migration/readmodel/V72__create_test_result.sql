-- The result of every test in every report run, rebuilt from the runs' events (never from the raw reports).
CREATE TABLE test_result (
    report_id       TEXT        NOT NULL,
    -- Position of the test in its report.
    idx             INTEGER     NOT NULL,
    organization_id TEXT        NOT NULL,
    project_id      TEXT        NOT NULL,
    -- Copied from the report run, so history and flakiness read one table.
    branch          TEXT,
    run_at          TIMESTAMPTZ NOT NULL,
    -- The test's identity across runs: "file › describe › title" and " [project]" for Playwright projects.
    test_key        TEXT        NOT NULL,
    file            TEXT        NOT NULL,
    -- Describe titles and the test's title, joined with " › ".
    title           TEXT        NOT NULL,
    -- The Playwright project (browser); empty for Vitest.
    project_name    TEXT        NOT NULL,
    -- passed | failed | flaky (passed after a retry) | skipped | todo
    outcome         TEXT        NOT NULL,
    -- Attempts made, retries included; 0 when the test did not run.
    attempts        INTEGER     NOT NULL,
    -- Milliseconds spent in all attempts.
    duration        BIGINT      NOT NULL,
    -- The failure message without ANSI codes or stack frames (failed and flaky tests), at most 1000 characters.
    error_message   TEXT,
    -- The message normalized for grouping: numbers, hex ids and whitespace runs replaced (see docs/reports.md).
    error_group     TEXT,
    -- Attachment names of its attempts (trace, screenshot, video ...).
    attachments     TEXT[]      NOT NULL,
    PRIMARY KEY (report_id, idx)
);

CREATE INDEX test_result_history_idx ON test_result (project_id, test_key, run_at DESC, report_id DESC);
CREATE INDEX test_result_error_group_idx ON test_result (project_id, error_group) WHERE error_group IS NOT NULL;
