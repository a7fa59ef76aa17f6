-- Write-side facts the agent-run commands check, kept in the events' own transaction by the directory.

-- The resource a resource hangs under: a traversal's test case, a run's traversal.
ALTER TABLE ws.resource ADD COLUMN parent_id TEXT;

-- Which browser configs a test case carries: a traversal must use one of them.
CREATE TABLE ws.test_case_browser_config (
    test_case_id      TEXT NOT NULL,
    browser_config_id TEXT NOT NULL,
    PRIMARY KEY (test_case_id, browser_config_id)
);

-- Every recorded action and the path version it belongs to: a run's history may only name actions of its version.
CREATE TABLE ws.traversal_action (
    action_id    TEXT PRIMARY KEY,
    traversal_id TEXT    NOT NULL,
    version      INTEGER NOT NULL
);

CREATE INDEX traversal_action_version_idx ON ws.traversal_action (traversal_id, version);

-- Each traversal's current path version: new runs pin it.
CREATE TABLE ws.traversal (
    traversal_id    TEXT PRIMARY KEY,
    current_version INTEGER NOT NULL
);

-- Each run's traversal and pinned path version.
CREATE TABLE ws.run (
    run_id          TEXT PRIMARY KEY,
    traversal_id    TEXT    NOT NULL,
    version         INTEGER NOT NULL,
    organization_id TEXT    NOT NULL
);
