-- Binary artifacts (screenshots, GIFs, raw uploads): stored once, addressed by the SHA-256 of their bytes, never
-- inside events. Events refer to them by that hash.
CREATE TABLE ws.artifact (
    sha256     TEXT PRIMARY KEY,
    media_type TEXT        NOT NULL,
    size_bytes BIGINT      NOT NULL,
    content    BYTEA       NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Which organizations uploaded an artifact: only their members may read it. The same bytes uploaded by two
-- organizations are stored once and owned twice.
CREATE TABLE ws.artifact_owner (
    sha256          TEXT        NOT NULL REFERENCES ws.artifact (sha256),
    organization_id TEXT        NOT NULL,
    project_id      TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (sha256, organization_id)
);

CREATE INDEX artifact_owner_organization_idx ON ws.artifact_owner (organization_id);
