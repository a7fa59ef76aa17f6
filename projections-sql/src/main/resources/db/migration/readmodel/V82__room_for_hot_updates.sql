-- Rows the run projections update on every batch that touches them: a run's progress, its cost, its test case's
-- statistics. With full pages every such update wrote new entries into all of the table's indexes; with room left on
-- each page it is a HOT update (no index entry, pruned in place), and vacuum runs at 2 % dead rows instead of 20 %.
-- Measured with 100,000 interleaved runs (docs/benchmarks.md, P4): test_run held 24,491 live and 922,320 dead row
-- versions, 6 % of its updates were HOT, and looking up a batch's runs by id took 0.2-0.5 s.
-- The fillfactor applies to pages written from now on; VACUUM FULL or a rebuild packs existing tables.
ALTER TABLE test_run SET (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.02,
                          autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE cost SET (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE test_case_run_stats SET (fillfactor = 50, autovacuum_vacuum_scale_factor = 0.02,
                                     autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE test_traversal SET (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.02,
                                autovacuum_analyze_scale_factor = 0.02);
