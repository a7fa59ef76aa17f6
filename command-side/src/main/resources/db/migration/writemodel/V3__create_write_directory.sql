-- The write side's directory: which organization (and project) owns every id, who is a member with which role,
-- and which document is linked to which test case. Kept by a subscribing event handler in the same transaction as
-- the events, so access checks and cross-aggregate rules never read a stale view.
CREATE SCHEMA IF NOT EXISTS ws;

CREATE TABLE ws.resource (
    id              TEXT PRIMARY KEY,
    kind            TEXT    NOT NULL,
    organization_id TEXT    NOT NULL,
    project_id      TEXT,
    deleted         BOOLEAN NOT NULL DEFAULT FALSE,
    -- Set on projects only: an archived project and everything in it accept no changes.
    archived        BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE INDEX resource_project_idx ON ws.resource (project_id);

CREATE TABLE ws.membership (
    organization_id TEXT NOT NULL,
    user_id         TEXT NOT NULL,
    member_id       TEXT NOT NULL UNIQUE,
    role            TEXT NOT NULL,
    PRIMARY KEY (organization_id, user_id)
);

CREATE INDEX membership_user_idx ON ws.membership (user_id);

-- One document per test case and one test case per document: two racing links lose here.
CREATE TABLE ws.document_link (
    document_id  TEXT PRIMARY KEY,
    test_case_id TEXT NOT NULL UNIQUE
);
