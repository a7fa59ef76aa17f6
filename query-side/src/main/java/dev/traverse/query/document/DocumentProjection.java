package dev.traverse.query.document;

import dev.traverse.api.project.DocumentContentReplaced;
import dev.traverse.api.project.DocumentCreated;
import dev.traverse.api.project.DocumentDeleted;
import dev.traverse.api.project.DocumentRenamed;
import dev.traverse.api.testcase.TestCaseDocumentLinked;
import dev.traverse.api.testcase.TestCaseDocumentUnlinked;
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
 * Keeps the {@code document} table. The link to a test case is owned by the TestCase aggregate; its events set
 * {@code test_case_id} here. Both arrive in order because the catalog processes an organization's events in
 * sequence.
 */
@Component
@ProcessingGroup(QuerySideConfiguration.CATALOG)
class DocumentProjection {

    private final JdbcTemplate jdbc;

    DocumentProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DocumentCreated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update(
                """
                INSERT INTO document (id, project_id, organization_id, name, content, created_at, updated_at, version,
                                      last_event_seq)
                VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?) ON CONFLICT (id) DO NOTHING
                """,
                event.documentId(),
                event.projectId(),
                event.organizationId(),
                event.name(),
                event.content(),
                Rows.utc(at),
                Rows.utc(at),
                sequence);
    }

    @EventHandler
    void on(DocumentRenamed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        GuardedUpdate.apply(
                jdbc, "document", "name = ?", event.documentId(), event.version(), sequence, at, event.name());
    }

    @EventHandler
    void on(DocumentContentReplaced event, @SequenceNumber long sequence, @Timestamp Instant at) {
        GuardedUpdate.apply(
                jdbc, "document", "content = ?", event.documentId(), event.version(), sequence, at, event.content());
    }

    @EventHandler
    void on(DocumentDeleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        GuardedUpdate.apply(
                jdbc, "document", "deleted_at = ?", event.documentId(), event.version(), sequence, at, Rows.utc(at));
    }

    @EventHandler
    void on(TestCaseDocumentLinked event) {
        jdbc.update("UPDATE document SET test_case_id = ? WHERE id = ?", event.testCaseId(), event.documentId());
    }

    @EventHandler
    void on(TestCaseDocumentUnlinked event) {
        jdbc.update(
                "UPDATE document SET test_case_id = NULL WHERE id = ? AND test_case_id = ?",
                event.documentId(),
                event.testCaseId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE document");
    }
}
