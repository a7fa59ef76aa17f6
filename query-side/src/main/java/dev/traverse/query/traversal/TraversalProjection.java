package dev.traverse.query.traversal;

import dev.traverse.api.traversal.Action;
import dev.traverse.api.traversal.BrainState;
import dev.traverse.api.traversal.BrainStatesRecorded;
import dev.traverse.api.traversal.HistoryImported;
import dev.traverse.api.traversal.TraversalCreated;
import dev.traverse.api.traversal.TraversalSecretAttached;
import dev.traverse.api.traversal.TraversalSecretDetached;
import dev.traverse.api.traversal.TraversalVersionStarted;
import dev.traverse.query.QuerySideConfiguration;
import dev.traverse.query.rows.GuardedUpdate;
import dev.traverse.query.rows.Rows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code test_traversal}, {@code traversal_version}, {@code traversal_import}, {@code brain_state} and
 * {@code action}. Every event first advances the traversal row; an event it has already seen changes nothing.
 */
@Component
@ProcessingGroup(QuerySideConfiguration.RUNS)
class TraversalProjection {

    private final JdbcTemplate jdbc;

    TraversalProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TraversalCreated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        int inserted = jdbc.update(
                """
                INSERT INTO test_traversal (id, test_case_id, project_id, organization_id, browser_config_id,
                                            expected_outcome, version, created_at, updated_at, last_event_seq)
                VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?) ON CONFLICT (id) DO NOTHING
                """,
                event.traversalId(),
                event.testCaseId(),
                event.projectId(),
                event.organizationId(),
                event.browserConfigId(),
                event.expectedOutcome(),
                Rows.utc(at),
                Rows.utc(at),
                sequence);
        if (inserted == 1) {
            version(event.traversalId(), 1, null, null, at, event.organizationId());
        }
    }

    @EventHandler
    void on(TraversalVersionStarted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (GuardedUpdate.apply(jdbc, "test_traversal", "", event.traversalId(), event.version(), sequence, at)) {
            version(event.traversalId(), event.version(), event.reason(), event.runId(), at, event.organizationId());
        }
    }

    @EventHandler
    void on(BrainStatesRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (!GuardedUpdate.apply(jdbc, "test_traversal", "", event.traversalId(), event.version(), sequence, at)) {
            return;
        }
        List<Object[]> states = new ArrayList<>();
        List<Object[]> actions = new ArrayList<>();
        for (BrainState state : event.brainStates()) {
            states.add(new Object[] {
                state.brainStateId(),
                event.traversalId(),
                event.version(),
                state.idxInTraversal(),
                state.valid(),
                state.evaluationPreviousGoal(),
                state.memory(),
                state.nextGoal(),
                event.organizationId(),
                Rows.utc(at)
            });
            for (Action action : state.actions()) {
                actions.add(new Object[] {
                    action.actionId(),
                    state.brainStateId(),
                    event.traversalId(),
                    event.version(),
                    action.idxInBrainState(),
                    Rows.json(action.action()),
                    action.domElementData() == null ? null : Rows.json(action.domElementData()),
                    event.organizationId(),
                    Rows.utc(at)
                });
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO brain_state (id, test_traversal_id, traversal_version, idx_in_traversal, valid,
                                         evaluation_previous_goal, memory, next_goal, organization_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, states);
        jdbc.batchUpdate("""
                INSERT INTO action (id, brain_state_id, test_traversal_id, traversal_version, idx_in_brain_state,
                                    action, dom_element_data, organization_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)
                """, actions);
    }

    @EventHandler
    void on(HistoryImported event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (GuardedUpdate.apply(jdbc, "test_traversal", "", event.traversalId(), event.version(), sequence, at)) {
            jdbc.update(
                    """
                    INSERT INTO traversal_import (test_traversal_id, version, run_id, raw_artifact, detected_format,
                                                  steps, imported_at, organization_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    event.traversalId(),
                    event.version(),
                    event.runId(),
                    event.rawArtifact(),
                    event.detectedFormat(),
                    event.steps(),
                    Rows.utc(at),
                    event.organizationId());
        }
    }

    @EventHandler
    void on(TraversalSecretAttached event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(event.traversalId(), sequence, at)) {
            jdbc.update(
                    "INSERT INTO secret_value_traversal (secret_value_id, test_traversal_id, organization_id, created_at)"
                            + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    event.secretId(),
                    event.traversalId(),
                    event.organizationId(),
                    Rows.utc(at));
        }
    }

    @EventHandler
    void on(TraversalSecretDetached event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(event.traversalId(), sequence, at)) {
            jdbc.update(
                    "DELETE FROM secret_value_traversal WHERE secret_value_id = ? AND test_traversal_id = ?",
                    event.secretId(),
                    event.traversalId());
        }
    }

    /** Moves the traversal row to an event that does not change its path version; false for a replay. */
    private boolean advance(String traversalId, long sequence, Instant at) {
        return jdbc.update(
                        "UPDATE test_traversal SET updated_at = ?, last_event_seq = ? WHERE id = ? AND last_event_seq < ?",
                        Rows.utc(at),
                        sequence,
                        traversalId,
                        sequence)
                == 1;
    }

    private void version(
            String traversalId, int version, String reason, String runId, Instant at, String organizationId) {
        jdbc.update("""
                INSERT INTO traversal_version (test_traversal_id, version, reason, run_id, started_at, organization_id)
                VALUES (?, ?, ?, ?, ?, ?)
                """, traversalId, version, reason, runId, Rows.utc(at), organizationId);
    }

    @ResetHandler
    void reset() {
        jdbc.update(
                "TRUNCATE test_traversal, traversal_version, traversal_import, brain_state, action, secret_value_traversal");
    }
}
