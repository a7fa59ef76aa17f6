-- Test cases of a project.
CREATE TABLE test_case (
    id               TEXT PRIMARY KEY,
    project_id       TEXT        NOT NULL,
    organization_id  TEXT        NOT NULL,
    document_id      TEXT,
    -- The natural-language test the agent follows.
    test_description TEXT        NOT NULL,
    extra_rules      TEXT        NOT NULL,
    url_route        TEXT        NOT NULL,
    -- Host names the agent may visit.
    allowed_domains  TEXT[]      NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    deleted_at       TIMESTAMPTZ,
    version          BIGINT      NOT NULL,
    last_event_seq   BIGINT      NOT NULL
);

CREATE INDEX test_case_project_idx ON test_case (project_id, created_at, id);
