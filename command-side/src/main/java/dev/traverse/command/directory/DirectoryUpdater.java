package dev.traverse.command.directory;

import dev.traverse.api.access.ResourceKind;
import dev.traverse.api.apikey.ApiKeyCreated;
import dev.traverse.api.apikey.ApiKeyRevoked;
import dev.traverse.api.apikey.ApiKeyScope;
import dev.traverse.api.organization.MemberAdded;
import dev.traverse.api.organization.MemberRemoved;
import dev.traverse.api.organization.MemberRoleChanged;
import dev.traverse.api.organization.OrganizationCreated;
import dev.traverse.api.project.BrowserConfigCreated;
import dev.traverse.api.project.BrowserConfigDeleted;
import dev.traverse.api.project.DocumentCreated;
import dev.traverse.api.project.DocumentDeleted;
import dev.traverse.api.project.ProjectArchived;
import dev.traverse.api.project.ProjectCreated;
import dev.traverse.api.project.TagCreated;
import dev.traverse.api.project.TagDeleted;
import dev.traverse.api.report.RawReportExpired;
import dev.traverse.api.report.TestReportIngested;
import dev.traverse.api.secret.SecretCreated;
import dev.traverse.api.secret.SecretDeleted;
import dev.traverse.api.secret.SecretValueReplaced;
import dev.traverse.api.testcase.TestCaseBrowserConfigAttached;
import dev.traverse.api.testcase.TestCaseBrowserConfigDetached;
import dev.traverse.api.testcase.TestCaseCreated;
import dev.traverse.api.testcase.TestCaseDeleted;
import dev.traverse.api.testcase.TestCaseDocumentLinked;
import dev.traverse.api.testcase.TestCaseDocumentUnlinked;
import dev.traverse.api.testrun.TestRunStarted;
import dev.traverse.api.traversal.Action;
import dev.traverse.api.traversal.BrainState;
import dev.traverse.api.traversal.BrainStatesRecorded;
import dev.traverse.api.traversal.TraversalCreated;
import dev.traverse.api.traversal.TraversalVersionStarted;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the directory from events, synchronously: the application registers {@value #PROCESSING_GROUP} as a
 * subscribing processor whose errors propagate, so a directory write that fails (two documents racing for one test
 * case) rolls the command back with it.
 */
@Component
@ProcessingGroup(DirectoryUpdater.PROCESSING_GROUP)
public class DirectoryUpdater {

    public static final String PROCESSING_GROUP = "directory";

    private final JdbcTemplate jdbc;

    DirectoryUpdater(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrganizationCreated event) {
        register(event.organizationId(), ResourceKind.ORGANIZATION, event.organizationId(), null);
    }

    @EventHandler
    void on(MemberAdded event) {
        jdbc.update(
                "INSERT INTO ws.membership (organization_id, user_id, member_id, role) VALUES (?, ?, ?, ?)",
                event.organizationId(),
                event.userId(),
                event.memberId(),
                event.role().wireName());
    }

    @EventHandler
    void on(MemberRoleChanged event) {
        jdbc.update(
                "UPDATE ws.membership SET role = ? WHERE member_id = ?",
                event.role().wireName(),
                event.memberId());
    }

    @EventHandler
    void on(MemberRemoved event) {
        jdbc.update("DELETE FROM ws.membership WHERE member_id = ?", event.memberId());
    }

    @EventHandler
    void on(ProjectCreated event) {
        register(event.projectId(), ResourceKind.PROJECT, event.organizationId(), event.projectId());
    }

    @EventHandler
    void on(ProjectArchived event) {
        jdbc.update("UPDATE ws.resource SET archived = TRUE WHERE id = ?", event.projectId());
    }

    @EventHandler
    void on(TagCreated event) {
        register(event.tagId(), ResourceKind.TAG, event.organizationId(), event.projectId());
    }

    @EventHandler
    void on(TagDeleted event) {
        delete(event.tagId());
    }

    @EventHandler
    void on(BrowserConfigCreated event) {
        register(event.browserConfigId(), ResourceKind.BROWSER_CONFIG, event.organizationId(), event.projectId());
    }

    @EventHandler
    void on(BrowserConfigDeleted event) {
        delete(event.browserConfigId());
    }

    @EventHandler
    void on(DocumentCreated event) {
        register(event.documentId(), ResourceKind.DOCUMENT, event.organizationId(), event.projectId());
    }

    @EventHandler
    void on(DocumentDeleted event) {
        delete(event.documentId());
    }

    @EventHandler
    void on(TestCaseCreated event) {
        register(event.testCaseId(), ResourceKind.TEST_CASE, event.organizationId(), event.projectId());
    }

    @EventHandler
    void on(TestCaseDeleted event) {
        delete(event.testCaseId());
    }

    @EventHandler
    void on(TestCaseDocumentLinked event) {
        jdbc.update(
                "INSERT INTO ws.document_link (document_id, test_case_id) VALUES (?, ?)",
                event.documentId(),
                event.testCaseId());
    }

    @EventHandler
    void on(TestCaseDocumentUnlinked event) {
        jdbc.update(
                "DELETE FROM ws.document_link WHERE document_id = ? AND test_case_id = ?",
                event.documentId(),
                event.testCaseId());
    }

    @EventHandler
    void on(TestCaseBrowserConfigAttached event) {
        jdbc.update(
                "INSERT INTO ws.test_case_browser_config (test_case_id, browser_config_id) VALUES (?, ?)"
                        + " ON CONFLICT DO NOTHING",
                event.testCaseId(),
                event.browserConfigId());
    }

    @EventHandler
    void on(TestCaseBrowserConfigDetached event) {
        jdbc.update(
                "DELETE FROM ws.test_case_browser_config WHERE test_case_id = ? AND browser_config_id = ?",
                event.testCaseId(),
                event.browserConfigId());
    }

    @EventHandler
    void on(TraversalCreated event) {
        register(
                event.traversalId(),
                ResourceKind.TRAVERSAL,
                event.organizationId(),
                event.projectId(),
                event.testCaseId());
        jdbc.update("INSERT INTO ws.traversal (traversal_id, current_version) VALUES (?, 1)", event.traversalId());
    }

    @EventHandler
    void on(TraversalVersionStarted event) {
        jdbc.update(
                "UPDATE ws.traversal SET current_version = ? WHERE traversal_id = ?",
                event.version(),
                event.traversalId());
    }

    @EventHandler
    void on(BrainStatesRecorded event) {
        List<Object[]> rows = new ArrayList<>();
        for (BrainState state : event.brainStates()) {
            for (Action action : state.actions()) {
                rows.add(new Object[] {action.actionId(), event.traversalId(), event.version()});
            }
        }
        jdbc.batchUpdate("INSERT INTO ws.traversal_action (action_id, traversal_id, version) VALUES (?, ?, ?)", rows);
    }

    @EventHandler
    void on(TestRunStarted event) {
        register(event.runId(), ResourceKind.RUN, event.organizationId(), event.projectId(), event.traversalId());
        jdbc.update(
                "INSERT INTO ws.run (run_id, traversal_id, version, organization_id) VALUES (?, ?, ?, ?)",
                event.runId(),
                event.traversalId(),
                event.traversalVersion(),
                event.organizationId());
    }

    @EventHandler
    void on(ApiKeyCreated event) {
        jdbc.update(
                """
                INSERT INTO ws.api_key (key_id, organization_id, project_id, key_hash, hint, scopes, expires_at,
                                        description)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                event.keyId(),
                event.organizationId(),
                event.projectId(),
                event.keyHash(),
                event.hint(),
                event.scopes().stream().map(ApiKeyScope::wireName).toArray(String[]::new),
                event.expiresAt() == null ? null : OffsetDateTime.ofInstant(event.expiresAt(), ZoneOffset.UTC),
                event.description());
    }

    @EventHandler
    void on(ApiKeyRevoked event) {
        jdbc.update("UPDATE ws.api_key SET revoked_at = now() WHERE key_id = ? AND revoked_at IS NULL", event.keyId());
    }

    @EventHandler
    void on(SecretCreated event) {
        register(event.secretId(), ResourceKind.SECRET, event.organizationId(), event.projectId());
        jdbc.update(
                "INSERT INTO ws.secret (secret_id, project_id, organization_id, secret_name, version, ciphertext)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                event.secretId(),
                event.projectId(),
                event.organizationId(),
                event.secretName(),
                event.version(),
                event.ciphertext());
    }

    @EventHandler
    void on(SecretValueReplaced event) {
        jdbc.update(
                "UPDATE ws.secret SET version = ?, ciphertext = ? WHERE secret_id = ?",
                event.version(),
                event.ciphertext(),
                event.secretId());
    }

    @EventHandler
    void on(SecretDeleted event) {
        delete(event.secretId());
        jdbc.update("UPDATE ws.secret SET deleted = TRUE WHERE secret_id = ?", event.secretId());
    }

    @EventHandler
    void on(TestReportIngested event, @Timestamp Instant at) {
        register(event.reportId(), ResourceKind.REPORT, event.organizationId(), event.projectId());
        jdbc.update(
                "INSERT INTO ws.report_run (report_id, organization_id, project_id, raw_artifact, ingested_at)"
                        + " VALUES (?, ?, ?, ?, ?)",
                event.reportId(),
                event.organizationId(),
                event.projectId(),
                event.rawArtifact(),
                OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    @EventHandler
    void on(RawReportExpired event, @Timestamp Instant at) {
        jdbc.update(
                "UPDATE ws.report_run SET raw_expired_at = ? WHERE report_id = ?",
                OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
                event.reportId());
    }

    private void register(String id, ResourceKind kind, String organizationId, String projectId) {
        register(id, kind, organizationId, projectId, null);
    }

    private void register(String id, ResourceKind kind, String organizationId, String projectId, String parentId) {
        jdbc.update(
                "INSERT INTO ws.resource (id, kind, organization_id, project_id, parent_id) VALUES (?, ?, ?, ?, ?)",
                id,
                kind.name(),
                organizationId,
                projectId,
                parentId);
    }

    private void delete(String id) {
        jdbc.update("UPDATE ws.resource SET deleted = TRUE WHERE id = ?", id);
    }
}
