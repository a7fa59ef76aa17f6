-- Organizations (seed 000/001 "Organization", seed 003 "tenants", seed 004 "companies").
-- Bookkeeping columns shared by every read-model table:
--   version        the resource's version, the value of its ETag; it grows with every change of the resource.
--   last_event_seq sequence number (within the owning aggregate) of the last event applied to the row; a
--                  projection applies an event only when it is newer, so replaying events changes nothing.
CREATE TABLE organization (
    id             TEXT PRIMARY KEY,
    name           TEXT        NOT NULL,
    -- URL or artifact reference of the organization's logo.
    logo           TEXT,
    -- User id (identity provider subject) of the creator, the first admin.
    created_by     TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    version        BIGINT      NOT NULL,
    last_event_seq BIGINT      NOT NULL
);
