-- The agent's recorded path: ordered brain states per traversal version, each with ordered actions.
CREATE TABLE brain_state (
    id                       TEXT PRIMARY KEY,
    test_traversal_id        TEXT        NOT NULL,
    traversal_version        INTEGER     NOT NULL,
    idx_in_traversal         INTEGER     NOT NULL,
    valid                    BOOLEAN     NOT NULL,
    evaluation_previous_goal TEXT,
    memory                   TEXT,
    next_goal                TEXT,
    organization_id          TEXT        NOT NULL,
    created_at               TIMESTAMPTZ NOT NULL,
    CONSTRAINT brain_state_position_uk UNIQUE (test_traversal_id, traversal_version, idx_in_traversal)
);

CREATE TABLE action (
    id                 TEXT PRIMARY KEY,
    brain_state_id     TEXT        NOT NULL,
    test_traversal_id  TEXT        NOT NULL,
    traversal_version  INTEGER     NOT NULL,
    idx_in_brain_state INTEGER     NOT NULL,
    -- The action as the agent framework wrote it, such as {"click_element_by_index": {"index": 4}}.
    action             JSONB       NOT NULL,
    -- The DOM element the action touched, when there was one.
    dom_element_data   JSONB,
    organization_id    TEXT        NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL
);

CREATE INDEX action_brain_state_idx ON action (brain_state_id, idx_in_brain_state);
CREATE INDEX action_traversal_idx ON action (test_traversal_id, traversal_version);
