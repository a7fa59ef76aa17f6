-- B1: one event-sized row per transaction (autocommit), the shape of a HistoryRecorded event with one element:
-- 24-character ids, an ISO timestamp, about 520 bytes of JSON payload and 290 bytes of JSON metadata, a 32-byte hash.
INSERT INTO bench.baseline_event (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                  payload_type, payload_revision, payload, meta_data, organization_id, chain_hash)
VALUES (gen_random_uuid()::text, substr(md5(random()::text), 1, 24), 0, 'TestRun', '2026-11-22T10:00:00.000001Z',
        'dev.traverse.api.testrun.HistoryRecorded', '1',
        convert_to('{"run_id":"spkig9gbm8ykp1g43nvtgd4l","traversal_id":"kgsgtph3m6qc17d7gpgajpuh","test_case_id":"mhoplany5c2kdz6ohax7iysb","project_id":"n5q5psivpyuhhrlskzfsrqs1","organization_id":"nfq04pcv2szsptmlt9y61t8z","elements":[{"history_element_id":"b1uqbd7yhmm5cjxfmzjxfvd4","idx_in_run":0,"action_id":"bzmdeb6atgdcl4aghq0p9ehq","action_started_at":"2026-11-22T10:00:00.000001Z","action_finished_at":"2026-11-22T10:00:00.500Z","history_element_state":"PASSED","screenshot":null}]}', 'UTF8'),
        convert_to('{"actor_type":"user","organization_id":"nfq04pcv2szsptmlt9y61t8z","correlation_id":"b897b1b4-8f50-4909-9e91-70cee2f9f5e5","actor_id":"bench-admin","causation_id":"b897b1b4-8f50-4909-9e91-70cee2f9f5e5","request_id":"b897b1b4-8f50-4909-9e91-70cee2f9f5e5"}', 'UTF8'),
        'nfq04pcv2szsptmlt9y61t8z', '\x2b4e0aa1c7a1e8c1f0c3d6a64b1e2f8a9d2c7e5b3a1f0e9d8c7b6a5f4e3d2c1b');
