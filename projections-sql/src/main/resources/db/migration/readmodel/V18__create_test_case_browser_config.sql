-- Which browser configs a test case runs with (many-to-many).
CREATE TABLE test_case_browser_config (
    test_case_id      TEXT        NOT NULL,
    browser_config_id TEXT        NOT NULL,
    organization_id   TEXT        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (test_case_id, browser_config_id)
);

CREATE INDEX test_case_browser_config_config_idx ON test_case_browser_config (browser_config_id);
