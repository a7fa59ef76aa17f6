-- Members of organizations. A removed member keeps its row with removed_at set.
CREATE TABLE member (
    id              TEXT PRIMARY KEY,
    organization_id TEXT        NOT NULL,
    -- Subject of the user in the external identity provider.
    user_id         TEXT        NOT NULL,
    -- admin | member | guest (guest is read-only).
    role            TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    removed_at      TIMESTAMPTZ,
    version         BIGINT      NOT NULL,
    last_event_seq  BIGINT      NOT NULL
);

CREATE INDEX member_organization_idx ON member (organization_id, created_at, id);
CREATE INDEX member_user_idx ON member (user_id);
