-- Money is NUMERIC everywhere: dollars per token and dollars, exact, never floating point.

-- Every LLM usage report of a run, priced when it was recorded.
CREATE TABLE usage (
    test_run_id            TEXT           NOT NULL,
    idx                    INTEGER        NOT NULL,
    test_case_id           TEXT           NOT NULL,
    project_id             TEXT           NOT NULL,
    organization_id        TEXT           NOT NULL,
    model_type             TEXT           NOT NULL,
    input_token_num        BIGINT         NOT NULL,
    completion_token_num   BIGINT         NOT NULL,
    input_price_per_token  NUMERIC(24, 12),
    output_price_per_token NUMERIC(24, 12),
    cost_in_dollars        NUMERIC(24, 12) NOT NULL,
    -- 'caller' (the agent gave the dollars), 'unpriced' (no price matched: 0 dollars) or the matched model pattern.
    price_source           TEXT           NOT NULL,
    recorded_at            TIMESTAMPTZ    NOT NULL,
    PRIMARY KEY (test_run_id, idx)
);

-- A run's cost: the total of its usage. model_type is the model, or 'mixed' when the run used several;
-- cost_per_token is blended: cost_in_dollars / (input_token_num + completion_token_num).
CREATE TABLE cost (
    id                   TEXT PRIMARY KEY,
    test_run_id          TEXT            NOT NULL UNIQUE,
    project_id           TEXT            NOT NULL,
    test_case_id         TEXT            NOT NULL,
    organization_id      TEXT            NOT NULL,
    created_at           TIMESTAMPTZ     NOT NULL,
    updated_at           TIMESTAMPTZ     NOT NULL,
    model_type           TEXT            NOT NULL,
    cost_per_token       NUMERIC(24, 12) NOT NULL,
    input_token_num      BIGINT          NOT NULL,
    completion_token_num BIGINT          NOT NULL,
    cost_in_dollars      NUMERIC(24, 12) NOT NULL
);

CREATE INDEX cost_project_idx ON cost (project_id, created_at);

-- Cost per project, test case, UTC day and model: the rollup behind the cost endpoints. Sums of usage, so a
-- rollup's total always equals the sum of its runs' costs.
CREATE TABLE cost_rollup_daily (
    organization_id      TEXT            NOT NULL,
    project_id           TEXT            NOT NULL,
    test_case_id         TEXT            NOT NULL,
    day                  DATE            NOT NULL,
    model_type           TEXT            NOT NULL,
    input_token_num      BIGINT          NOT NULL,
    completion_token_num BIGINT          NOT NULL,
    cost_in_dollars      NUMERIC(24, 12) NOT NULL,
    usage_count          BIGINT          NOT NULL,
    PRIMARY KEY (project_id, day, test_case_id, model_type)
);

CREATE INDEX cost_rollup_daily_organization_idx ON cost_rollup_daily (organization_id, day);
