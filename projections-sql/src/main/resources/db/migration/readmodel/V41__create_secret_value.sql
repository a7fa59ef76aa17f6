-- Secret values of projects: names, versions and who read them. Never a value, not even encrypted.
CREATE TABLE secret_value (
    id                TEXT PRIMARY KEY,
    project_id        TEXT        NOT NULL,
    organization_id   TEXT        NOT NULL,
    secret_name       TEXT        NOT NULL,
    -- Grows with every new value.
    version           BIGINT      NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    deleted_at        TIMESTAMPTZ,
    -- Set when the project's data key was destroyed: this value can never be read again.
    value_shredded_at TIMESTAMPTZ,
    reveal_count      BIGINT      NOT NULL DEFAULT 0,
    last_revealed_at  TIMESTAMPTZ,
    last_event_seq    BIGINT      NOT NULL
);

CREATE INDEX secret_value_project_idx ON secret_value (project_id, created_at, id);

-- Every read of a secret's value: who (a user or an API key), which version, when. Never the value.
CREATE TABLE secret_reveal (
    event_id        TEXT PRIMARY KEY,
    secret_value_id TEXT        NOT NULL,
    project_id      TEXT        NOT NULL,
    organization_id TEXT        NOT NULL,
    version         BIGINT      NOT NULL,
    actor_type      TEXT        NOT NULL,
    actor_id        TEXT        NOT NULL,
    revealed_at     TIMESTAMPTZ NOT NULL
);

CREATE INDEX secret_reveal_secret_idx ON secret_reveal (secret_value_id, revealed_at);

-- The seeds' SecretValueTraversal: which secrets a traversal takes as inputs.
CREATE TABLE secret_value_traversal (
    secret_value_id   TEXT        NOT NULL,
    test_traversal_id TEXT        NOT NULL,
    organization_id   TEXT        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (secret_value_id, test_traversal_id)
);

CREATE INDEX secret_value_traversal_traversal_idx ON secret_value_traversal (test_traversal_id);
