-- Tags of a project. Deleting a tag sets deleted_at; its test-case links stop counting.
CREATE TABLE tag (
    id              TEXT PRIMARY KEY,
    project_id      TEXT        NOT NULL,
    organization_id TEXT        NOT NULL,
    name            TEXT        NOT NULL,
    -- #rrggbb
    color           TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    deleted_at      TIMESTAMPTZ,
    version         BIGINT      NOT NULL,
    -- Sequence number within the owning project's event stream.
    last_event_seq  BIGINT      NOT NULL
);

CREATE INDEX tag_project_idx ON tag (project_id, created_at, id);
