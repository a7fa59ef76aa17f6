-- The baselines' table: a copy of the event table with its columns, identity, constraints and indexes (the primary
-- key, the unique (aggregate, sequence) and event id, the two organization indexes), but without its triggers: what
-- PostgreSQL does with an event-sized row when nothing of Traverse runs. pgbench fills it (pgbench/b1_*.sql, b2_*.sql).
CREATE SCHEMA IF NOT EXISTS bench;
CREATE TABLE bench.baseline_event (LIKE es.domain_event_entry INCLUDING ALL);
