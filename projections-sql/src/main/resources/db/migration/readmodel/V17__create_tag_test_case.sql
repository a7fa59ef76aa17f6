-- Which tags a test case carries (many-to-many). Rows of deleted tags or test cases are ignored by queries.
CREATE TABLE tag_test_case (
    tag_id          TEXT        NOT NULL,
    test_case_id    TEXT        NOT NULL,
    organization_id TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tag_id, test_case_id)
);

CREATE INDEX tag_test_case_test_case_idx ON tag_test_case (test_case_id);
