-- Coarser cost rollups beside cost_rollup_daily, so that a year of an organization's costs sums hundreds of rows
-- rather than tens of thousands (docs/benchmarks.md, P5). Both are sums of usage like the daily rollup, kept by the
-- same projection in the same transaction: any range adds up to the cent whichever rollup answers it.

-- Per project and UTC day: the rollup grouped by day or by project.
CREATE TABLE cost_rollup_project_daily (
    organization_id      TEXT            NOT NULL,
    project_id           TEXT            NOT NULL,
    day                  DATE            NOT NULL,
    input_token_num      BIGINT          NOT NULL,
    completion_token_num BIGINT          NOT NULL,
    cost_in_dollars      NUMERIC(24, 12) NOT NULL,
    usage_count          BIGINT          NOT NULL,
    PRIMARY KEY (project_id, day)
) WITH (fillfactor = 70);

CREATE INDEX cost_rollup_project_daily_organization_idx ON cost_rollup_project_daily (organization_id, day);

-- Per project, test case, model and calendar month (month = its first day): the whole months of a range grouped by
-- model or test case; the partial months at its ends come from cost_rollup_daily.
CREATE TABLE cost_rollup_monthly (
    organization_id      TEXT            NOT NULL,
    project_id           TEXT            NOT NULL,
    test_case_id         TEXT            NOT NULL,
    month                DATE            NOT NULL CHECK (extract(DAY FROM month) = 1),
    model_type           TEXT            NOT NULL,
    input_token_num      BIGINT          NOT NULL,
    completion_token_num BIGINT          NOT NULL,
    cost_in_dollars      NUMERIC(24, 12) NOT NULL,
    usage_count          BIGINT          NOT NULL,
    PRIMARY KEY (project_id, month, test_case_id, model_type)
) WITH (fillfactor = 70);

CREATE INDEX cost_rollup_monthly_organization_idx ON cost_rollup_monthly (organization_id, month);

-- Every usage updates a row of each rollup: room on the page keeps those updates HOT (no index entries), and
-- vacuuming at 2 % dead rows keeps the scanned pages dense.
ALTER TABLE cost_rollup_daily SET (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.02,
                                   autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE cost_rollup_project_daily SET (autovacuum_vacuum_scale_factor = 0.02,
                                           autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE cost_rollup_monthly SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);

-- The projection's position is already past the usage it summed: the new rollups start from the daily one.
INSERT INTO cost_rollup_project_daily
SELECT organization_id, project_id, day, sum(input_token_num), sum(completion_token_num), sum(cost_in_dollars),
       sum(usage_count)
FROM cost_rollup_daily
GROUP BY organization_id, project_id, day;

INSERT INTO cost_rollup_monthly
SELECT organization_id, project_id, test_case_id, date_trunc('month', day)::DATE, model_type, sum(input_token_num),
       sum(completion_token_num), sum(cost_in_dollars), sum(usage_count)
FROM cost_rollup_daily
GROUP BY organization_id, project_id, test_case_id, date_trunc('month', day)::DATE, model_type;

-- The analytics role's row-level security (V80), for the new tables.
ALTER TABLE cost_rollup_project_daily ENABLE ROW LEVEL SECURITY;
CREATE POLICY organization_rows ON cost_rollup_project_daily FOR SELECT
    USING (organization_id = current_setting('traverse.organization_id', true));
ALTER TABLE cost_rollup_monthly ENABLE ROW LEVEL SECURITY;
CREATE POLICY organization_rows ON cost_rollup_monthly FOR SELECT
    USING (organization_id = current_setting('traverse.organization_id', true));
