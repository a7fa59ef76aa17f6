-- API keys as the write side knows them: only the keyed hash (HMAC-SHA256 with the server's pepper) and a display
-- hint of each key, never the key. Authentication looks keys up here by hash.
CREATE TABLE ws.api_key (
    key_id          TEXT PRIMARY KEY,
    organization_id TEXT        NOT NULL,
    -- Set for keys limited to one project.
    project_id      TEXT,
    key_hash        TEXT        NOT NULL UNIQUE,
    hint            TEXT        NOT NULL,
    scopes          TEXT[]      NOT NULL,
    description     TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at      TIMESTAMPTZ,
    revoked_at      TIMESTAMPTZ,
    -- Operational, not from events: written by authentication at most once a minute per key.
    last_used_at    TIMESTAMPTZ
);

CREATE INDEX api_key_organization_idx ON ws.api_key (organization_id);

-- The latest ciphertext and version of each secret, for reveals. Ciphertext only: the plaintext is nowhere.
CREATE TABLE ws.secret (
    secret_id       TEXT PRIMARY KEY,
    project_id      TEXT    NOT NULL,
    organization_id TEXT    NOT NULL,
    secret_name     TEXT    NOT NULL,
    version         BIGINT  NOT NULL,
    ciphertext      TEXT    NOT NULL,
    deleted         BOOLEAN NOT NULL DEFAULT FALSE
);

-- Each project's data key, wrapped (AES-GCM) by a master key from configuration. Deleting wrapped_key
-- (crypto-shredding) makes every ciphertext made with it unreadable; the events that carry them stay.
CREATE TABLE ws.data_key (
    project_id      TEXT PRIMARY KEY,
    organization_id TEXT        NOT NULL,
    key_id          TEXT        NOT NULL,
    wrapped_key     BYTEA,
    master_key_id   TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    shredded_at     TIMESTAMPTZ
);
