-- Traversals: one parametrisation of a test case (browser config, expected outcome) with its recorded path.
CREATE TABLE test_traversal (
    id                TEXT PRIMARY KEY,
    test_case_id      TEXT        NOT NULL,
    project_id        TEXT        NOT NULL,
    organization_id   TEXT        NOT NULL,
    browser_config_id TEXT        NOT NULL,
    expected_outcome  TEXT,
    -- The current path version; it grows when a repair or an import records a new path.
    version           INTEGER     NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    last_event_seq    BIGINT      NOT NULL
);

CREATE INDEX test_traversal_test_case_idx ON test_traversal (test_case_id, created_at, id);

-- Every path version of a traversal; older versions stay readable.
CREATE TABLE traversal_version (
    test_traversal_id TEXT        NOT NULL,
    version           INTEGER     NOT NULL,
    -- Why the version was started: null for the first, 'repair of run ...' or 'import of ...' later.
    reason            TEXT,
    -- The run that started it, for repairs.
    run_id            TEXT,
    started_at        TIMESTAMPTZ NOT NULL,
    organization_id   TEXT        NOT NULL,
    PRIMARY KEY (test_traversal_id, version)
);

-- Imported agent history files; the file itself is the artifact raw_artifact.
CREATE TABLE traversal_import (
    test_traversal_id TEXT        NOT NULL,
    version           INTEGER     NOT NULL,
    run_id            TEXT,
    raw_artifact      TEXT        NOT NULL,
    detected_format   TEXT        NOT NULL,
    steps             INTEGER     NOT NULL,
    imported_at       TIMESTAMPTZ NOT NULL,
    organization_id   TEXT        NOT NULL,
    PRIMARY KEY (test_traversal_id, version, raw_artifact)
);
