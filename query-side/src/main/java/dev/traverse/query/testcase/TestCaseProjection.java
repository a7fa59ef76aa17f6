package dev.traverse.query.testcase;

import dev.traverse.api.testcase.TestCaseBrowserConfigAttached;
import dev.traverse.api.testcase.TestCaseBrowserConfigDetached;
import dev.traverse.api.testcase.TestCaseCreated;
import dev.traverse.api.testcase.TestCaseDeleted;
import dev.traverse.api.testcase.TestCaseDocumentLinked;
import dev.traverse.api.testcase.TestCaseDocumentUnlinked;
import dev.traverse.api.testcase.TestCaseTagAttached;
import dev.traverse.api.testcase.TestCaseTagDetached;
import dev.traverse.api.testcase.TestCaseUpdated;
import dev.traverse.query.QuerySideConfiguration;
import dev.traverse.query.rows.GuardedUpdate;
import dev.traverse.query.rows.Rows;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code test_case}, {@code tag_test_case} and {@code test_case_browser_config}. Every event first advances the
 * test case row's {@code last_event_seq}; an event that is not newer than the row changes nothing, which makes
 * replays harmless for the association tables too.
 */
@Component
@ProcessingGroup(QuerySideConfiguration.CATALOG)
class TestCaseProjection {

    private final JdbcTemplate jdbc;

    TestCaseProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TestCaseCreated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update(
                """
                INSERT INTO test_case (id, project_id, organization_id, test_description, extra_rules, url_route,
                                       allowed_domains, created_at, updated_at, version, last_event_seq)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?) ON CONFLICT (id) DO NOTHING
                """,
                event.testCaseId(),
                event.projectId(),
                event.organizationId(),
                event.testDescription(),
                event.extraRules(),
                event.urlRoute(),
                event.allowedDomains().toArray(String[]::new),
                Rows.utc(at),
                Rows.utc(at),
                sequence);
    }

    @EventHandler
    void on(TestCaseUpdated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(event.testCaseId(), event.version(), sequence, at)) {
            jdbc.update(
                    "UPDATE test_case SET test_description = ?, extra_rules = ?, url_route = ?, allowed_domains = ?"
                            + " WHERE id = ?",
                    event.testDescription(),
                    event.extraRules(),
                    event.urlRoute(),
                    event.allowedDomains().toArray(String[]::new),
                    event.testCaseId());
        }
    }

    @EventHandler
    void on(TestCaseTagAttached event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(event.testCaseId(), event.version(), sequence, at)) {
            jdbc.update(
                    "INSERT INTO tag_test_case (tag_id, test_case_id, organization_id, created_at) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT DO NOTHING",
                    event.tagId(),
                    event.testCaseId(),
                    event.organizationId(),
                    Rows.utc(at));
        }
    }

    @EventHandler
    void on(TestCaseTagDetached event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(event.testCaseId(), event.version(), sequence, at)) {
            jdbc.update(
                    "DELETE FROM tag_test_case WHERE tag_id = ? AND test_case_id = ?",
                    event.tagId(),
                    event.testCaseId());
        }
    }

    @EventHandler
    void on(TestCaseBrowserConfigAttached event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(event.testCaseId(), event.version(), sequence, at)) {
            jdbc.update(
                    "INSERT INTO test_case_browser_config (test_case_id, browser_config_id, organization_id, created_at)"
                            + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    event.testCaseId(),
                    event.browserConfigId(),
                    event.organizationId(),
                    Rows.utc(at));
        }
    }

    @EventHandler
    void on(TestCaseBrowserConfigDetached event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(event.testCaseId(), event.version(), sequence, at)) {
            jdbc.update(
                    "DELETE FROM test_case_browser_config WHERE test_case_id = ? AND browser_config_id = ?",
                    event.testCaseId(),
                    event.browserConfigId());
        }
    }

    @EventHandler
    void on(TestCaseDocumentLinked event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(event.testCaseId(), event.version(), sequence, at)) {
            jdbc.update("UPDATE test_case SET document_id = ? WHERE id = ?", event.documentId(), event.testCaseId());
        }
    }

    @EventHandler
    void on(TestCaseDocumentUnlinked event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(event.testCaseId(), event.version(), sequence, at)) {
            jdbc.update("UPDATE test_case SET document_id = NULL WHERE id = ?", event.testCaseId());
        }
    }

    @EventHandler
    void on(TestCaseDeleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (advance(event.testCaseId(), event.version(), sequence, at)) {
            jdbc.update("UPDATE test_case SET deleted_at = ? WHERE id = ?", Rows.utc(at), event.testCaseId());
        }
    }

    /** Moves the row to the event; false when the event is not newer than the row (a replay). */
    private boolean advance(String testCaseId, long version, long sequence, Instant at) {
        return GuardedUpdate.apply(jdbc, "test_case", "", testCaseId, version, sequence, at);
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE test_case, tag_test_case, test_case_browser_config");
    }
}
