-- Synthetic history for the benchmark's preloads (P5: cost records, P6: a store with millions of events).
--
-- The rows are what the application itself writes, made by PostgreSQL instead of HTTP requests: TestRun events with
-- the payload and metadata JSON byte-shaped like Jackson's (same keys, same order, same number and time formats),
-- inserted through es.domain_event_entry's own trigger, which hashes them into each run's chain and derives their
-- organization exactly as for live writes. The write-side directory rows the application would add (ws.resource,
-- ws.run) come with them. The read model is NOT written here: the application's processors project these events
-- like any others.
--
-- Runs are interleaved in the global order (all runs' event 0, then all runs' event 1, ...) as concurrently active
-- runs are, and their timestamps grow with their position, spread over [t_from, t_to).

CREATE SCHEMA IF NOT EXISTS bench;

-- What the HTTP setup created: one row per test case, with its traversal and the action ids of that traversal's path.
CREATE TABLE IF NOT EXISTS bench.fixture (
    n               INTEGER PRIMARY KEY,
    organization_id TEXT   NOT NULL,
    project_id      TEXT   NOT NULL,
    test_case_id    TEXT   NOT NULL,
    traversal_id    TEXT   NOT NULL,
    action_ids      TEXT[] NOT NULL
);

-- The models usage is reported for, with the price Traverse would apply (price_source is the pattern).
CREATE TABLE IF NOT EXISTS bench.model (
    n            INTEGER PRIMARY KEY,
    model_type   TEXT           NOT NULL,
    pattern      TEXT           NOT NULL,
    input_price  NUMERIC(24, 12) NOT NULL,
    output_price NUMERIC(24, 12) NOT NULL
);

-- A 24-character id of the server's shape ([a-z][a-z0-9]{23}), deterministic so the driver can name runs.
CREATE OR REPLACE FUNCTION bench.id(kind TEXT, n BIGINT, k INTEGER DEFAULT 0) RETURNS TEXT
    LANGUAGE sql IMMUTABLE AS
$$
SELECT substr(kind, 1, 1) || substr(md5(kind || ':' || n || ':' || k), 1, 23)
$$;

-- An instant as Jackson and Axon write it: ISO-8601 UTC with microseconds.
CREATE OR REPLACE FUNCTION bench.iso(t TIMESTAMPTZ) RETURNS TEXT
    LANGUAGE sql STABLE AS
$$
SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
$$;

CREATE OR REPLACE FUNCTION bench.money(v NUMERIC) RETURNS TEXT
    LANGUAGE sql IMMUTABLE AS
$$
SELECT round(v, 12)::NUMERIC(24, 12)::TEXT
$$;

-- Runs first_run .. first_run + run_count - 1, each: TestRunStarted, history_per_run HistoryRecorded (one element
-- each) and usage_per_run UsageRecorded (one usage each) spread evenly among them, then TestRunFinished.
-- Returns the number of events inserted.
CREATE OR REPLACE FUNCTION bench.preload_runs(
    first_run BIGINT, run_count INTEGER, history_per_run INTEGER, usage_per_run INTEGER,
    t_from TIMESTAMPTZ, t_to TIMESTAMPTZ, actor TEXT) RETURNS BIGINT
    LANGUAGE plpgsql AS
$$
DECLARE
    cases    INTEGER;
    models   INTEGER;
    per_run  INTEGER := history_per_run + usage_per_run;
    total    BIGINT  := (history_per_run + usage_per_run + 2)::BIGINT * run_count;
    inserted BIGINT;
BEGIN
    SELECT count(*) INTO cases FROM bench.fixture;
    SELECT count(*) INTO models FROM bench.model;

    INSERT INTO ws.resource (id, kind, organization_id, project_id, deleted, archived, parent_id)
    SELECT bench.id('run', r), 'RUN', f.organization_id, f.project_id, FALSE, FALSE, f.traversal_id
    FROM generate_series(first_run, first_run + run_count - 1) r
             JOIN bench.fixture f ON f.n = r % cases;
    INSERT INTO ws.run (run_id, traversal_id, version, organization_id)
    SELECT bench.id('run', r), f.traversal_id, 1, f.organization_id
    FROM generate_series(first_run, first_run + run_count - 1) r
             JOIN bench.fixture f ON f.n = r % cases;

    INSERT INTO es.domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                       payload_type, payload_revision, payload, meta_data)
    SELECT gen_random_uuid()::TEXT, e.run_id, e.seq, 'TestRun', bench.iso(e.at),
           'dev.traverse.api.testrun.' || e.kind, '1', convert_to(e.payload, 'UTF8'),
           convert_to(format('{"actor_type":"user","organization_id":"%s","correlation_id":"%s","actor_id":"%s",'
                                 || '"causation_id":"%s","request_id":"%s"}',
                             e.organization_id, e.request_id, actor, e.request_id, e.request_id), 'UTF8')
    FROM (SELECT s.*,
                 gen_random_uuid()::TEXT AS request_id,
                 CASE
                     WHEN s.seq = 0 THEN 'TestRunStarted'
                     WHEN s.seq = per_run + 1 THEN 'TestRunFinished'
                     WHEN s.usage_here THEN 'UsageRecorded'
                     ELSE 'HistoryRecorded' END AS kind,
                 s.head || CASE
                     WHEN s.seq = 0 THEN format(
                             '"run_type":"%s","traversal_version":1,"test_config":{"model":"gpt-4o","max_steps":20,'
                                 || '"headless":true},"repairs_run_id":null,"started_at":"%s","deadline":"%s"}',
                             CASE WHEN s.r % 3 = 0 THEN 'REPLAY' ELSE 'AGENTIC' END,
                             bench.iso(s.at), bench.iso(s.at + INTERVAL '2 hours'))
                     WHEN s.seq = per_run + 1 THEN format(
                             '"state":"%s","finished_at":"%s","repair_was_needed":false,"run_gif":null,'
                                 || '"failure_reason":null}',
                             CASE WHEN s.r % 7 = 0 THEN 'FAILED' ELSE 'PASSED' END, bench.iso(s.at))
                     WHEN s.usage_here THEN format(
                             '"usages":[{"idx":%s,"model_type":"%s","input_token_num":%s,"completion_token_num":%s,'
                                 || '"input_price_per_token":%s,"output_price_per_token":%s,"cost_in_dollars":%s,'
                                 || '"price_source":"%s"}]}',
                             s.usages_before, m.model_type, s.input_tokens, s.completion_tokens,
                             bench.money(m.input_price), bench.money(m.output_price),
                             bench.money(s.input_tokens * m.input_price + s.completion_tokens * m.output_price),
                             m.pattern)
                     ELSE format(
                             '"elements":[{"history_element_id":"%s","idx_in_run":%s,"action_id":"%s",'
                                 || '"action_started_at":"%s","action_finished_at":"%s",'
                                 || '"history_element_state":"%s","screenshot":null}]}',
                             bench.id('history', s.r, s.seq), s.p - s.usages_before, s.action_id,
                             bench.iso(s.at - INTERVAL '900 milliseconds'), bench.iso(s.at - INTERVAL '100 milliseconds'),
                             CASE WHEN (s.r * 31 + s.p) % 20 = 0 THEN 'FAILED' ELSE 'PASSED' END)
                     END AS payload
          FROM (SELECT r, seq, p, f.organization_id,
                       bench.id('run', r) AS run_id,
                       t_from + (t_to - t_from) * ((seq::BIGINT * run_count + (r - first_run))::FLOAT8 / total) AS at,
                       format('{"run_id":"%s","traversal_id":"%s","test_case_id":"%s","project_id":"%s",'
                                  || '"organization_id":"%s",',
                              bench.id('run', r), f.traversal_id, f.test_case_id, f.project_id,
                              f.organization_id) AS head,
                       f.action_ids[1 + (p % cardinality(f.action_ids))] AS action_id,
                       -- usage reports before this position, and whether this position is one (U of N spread evenly)
                       CASE WHEN per_run = 0 THEN 0 ELSE (p * usage_per_run) / per_run END AS usages_before,
                       per_run > 0 AND ((p + 1) * usage_per_run) / per_run > (p * usage_per_run) / per_run
                           AS usage_here,
                       500 + (r * 7919 + p * 104729) % 4500 AS input_tokens,
                       50 + (r * 131 + p * 17) % 750 AS completion_tokens
                FROM generate_series(first_run, first_run + run_count - 1) r
                         JOIN bench.fixture f ON f.n = r % cases
                         CROSS JOIN generate_series(0, per_run + 1) seq
                         CROSS JOIN LATERAL (SELECT seq - 1 AS p) pos) s
                   LEFT JOIN bench.model m ON m.n = (s.r + s.p) % models) e
    -- Every run's event n before its event n + 1: the chain trigger finds each predecessor already inserted.
    ORDER BY e.seq, e.r;
    GET DIAGNOSTICS inserted = ROW_COUNT;
    RETURN inserted;
END
$$;
