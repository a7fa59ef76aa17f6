-- Browser configurations of a project (the seeds leave them unscoped; Traverse scopes them to a project).
CREATE TABLE browser_config (
    id              TEXT PRIMARY KEY,
    project_id      TEXT        NOT NULL,
    organization_id TEXT        NOT NULL,
    -- Free-form JSON object: viewport, browser, device, locale, headless ...
    browser_config  JSONB       NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    deleted_at      TIMESTAMPTZ,
    version         BIGINT      NOT NULL,
    last_event_seq  BIGINT      NOT NULL
);

CREATE INDEX browser_config_project_idx ON browser_config (project_id, created_at, id);
