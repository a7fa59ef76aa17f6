-- Documents of a project, optionally linked 1:1 to a test case (test_case_id mirrors test_case.document_id).
CREATE TABLE document (
    id              TEXT PRIMARY KEY,
    project_id      TEXT        NOT NULL,
    organization_id TEXT        NOT NULL,
    test_case_id    TEXT,
    name            TEXT        NOT NULL,
    content         TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    deleted_at      TIMESTAMPTZ,
    version         BIGINT      NOT NULL,
    last_event_seq  BIGINT      NOT NULL
);

CREATE INDEX document_project_idx ON document (project_id, created_at, id);
