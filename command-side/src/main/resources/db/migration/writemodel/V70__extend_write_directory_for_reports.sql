-- Write-side facts of CI report runs: which raw report artifact each keeps, so retention can expire old raw reports
-- and tell whether their bytes are still needed elsewhere. Kept by the directory in the events' own transaction.
CREATE TABLE ws.report_run (
    report_id       TEXT PRIMARY KEY,
    organization_id TEXT        NOT NULL,
    project_id      TEXT        NOT NULL,
    -- SHA-256 of the raw report artifact (ws.artifact), shared with any other use of the same bytes.
    raw_artifact    TEXT        NOT NULL,
    ingested_at     TIMESTAMPTZ NOT NULL,
    -- Set when retention expired the raw report; the report run and its results stay.
    raw_expired_at  TIMESTAMPTZ
);

CREATE INDEX report_run_retention_idx ON ws.report_run (ingested_at) WHERE raw_expired_at IS NULL;
CREATE INDEX report_run_artifact_idx ON ws.report_run (raw_artifact);

-- How many times an organization stored an artifact's bytes (every upload, screenshot, import or report counts once).
-- Retention deletes a raw report's bytes only when all of an organization's stores of them were its reports.
-- Rows from before this column count as one store, which never matches a report: such bytes are always kept.
ALTER TABLE ws.artifact_owner ADD COLUMN store_count INTEGER NOT NULL DEFAULT 1;
