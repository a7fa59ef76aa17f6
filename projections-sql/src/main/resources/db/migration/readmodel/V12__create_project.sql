-- Projects of organizations. Archiving sets archived_at; archived projects stay readable.
CREATE TABLE project (
    id                TEXT PRIMARY KEY,
    organization_id   TEXT        NOT NULL,
    name              TEXT        NOT NULL,
    default_url_route TEXT,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    archived_at       TIMESTAMPTZ,
    version           BIGINT      NOT NULL,
    last_event_seq    BIGINT      NOT NULL
);

CREATE INDEX project_organization_idx ON project (organization_id, created_at, id);
