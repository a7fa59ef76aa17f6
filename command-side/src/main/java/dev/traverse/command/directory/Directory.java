package dev.traverse.command.directory;

import dev.traverse.api.access.ResourceKind;
import dev.traverse.command.rejection.CommandRejectedException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Cross-aggregate questions a command service asks before it sends a command. */
@Component
public class Directory {

    private final JdbcTemplate jdbc;

    Directory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Rejects with {@code unknown-reference} naming {@code field} (or {@code field[i]}) unless every id is a live
     * resource of {@code kind} in {@code projectId}.
     */
    public void requireInProject(ResourceKind kind, List<String> ids, String projectId, String field) {
        if (ids == null) {
            return;
        }
        for (int i = 0; i < ids.size(); i++) {
            requireInProject(kind, ids.get(i), projectId, field + "[" + i + "]");
        }
    }

    /** Rejects with {@code unknown-reference} unless {@code id} is a live resource of {@code kind} in the project. */
    public void requireInProject(ResourceKind kind, String id, String projectId, String field) {
        if (id == null) {
            return;
        }
        Integer found = jdbc.query(
                "SELECT 1 FROM ws.resource WHERE id = ? AND kind = ? AND project_id = ? AND NOT deleted",
                rs -> rs.next() ? 1 : null,
                id,
                kind.name(),
                projectId);
        if (found == null) {
            throw CommandRejectedException.unknownReference(field, id);
        }
    }

    /** Rejects with {@code unknown-reference} unless {@code id} is a live resource of {@code kind} in the organization. */
    public void requireInOrganization(ResourceKind kind, String id, String organizationId, String field) {
        Integer found = jdbc.query(
                "SELECT 1 FROM ws.resource WHERE id = ? AND kind = ? AND organization_id = ? AND NOT deleted",
                rs -> rs.next() ? 1 : null,
                id,
                kind.name(),
                organizationId);
        if (found == null) {
            throw new CommandRejectedException(
                    dev.traverse.command.rejection.Rejection.UNKNOWN_REFERENCE,
                    field,
                    "'" + id + "' does not exist in this organization");
        }
    }

    /** Rejects with {@code conflict} when the project is archived. */
    public void requireOpenProject(String projectId) {
        Boolean archived = jdbc.query(
                "SELECT archived FROM ws.resource WHERE id = ?", rs -> rs.next() ? rs.getBoolean(1) : null, projectId);
        if (Boolean.TRUE.equals(archived)) {
            throw CommandRejectedException.conflict(null, "the project is archived and accepts no changes");
        }
    }

    /** Rejects with {@code unknown-reference} unless the browser config is attached to the test case. */
    public void requireAttachedBrowserConfig(String testCaseId, String browserConfigId, String field) {
        Integer found = jdbc.query(
                "SELECT 1 FROM ws.test_case_browser_config WHERE test_case_id = ? AND browser_config_id = ?",
                rs -> rs.next() ? 1 : null,
                testCaseId,
                browserConfigId);
        if (found == null) {
            throw new CommandRejectedException(
                    dev.traverse.command.rejection.Rejection.UNKNOWN_REFERENCE,
                    field,
                    "browser config '" + browserConfigId + "' is not attached to this test case");
        }
    }

    /** The resource an id hangs under: a traversal's test case, a run's traversal. */
    public Optional<String> parentOf(String id) {
        return jdbc.queryForList("SELECT parent_id FROM ws.resource WHERE id = ?", String.class, id).stream()
                .findFirst();
    }

    /** The path version new runs of a traversal pin. */
    public int currentVersion(String traversalId) {
        Integer version = jdbc.queryForObject(
                "SELECT current_version FROM ws.traversal WHERE traversal_id = ?", Integer.class, traversalId);
        return version == null ? 1 : version;
    }

    /** Number of actions recorded in a path version. */
    public int actionCount(String traversalId, int version) {
        Integer count = jdbc.queryForObject(
                "SELECT count(*) FROM ws.traversal_action WHERE traversal_id = ? AND version = ?",
                Integer.class,
                traversalId,
                version);
        return count == null ? 0 : count;
    }

    /** A run's traversal and pinned path version. */
    public Optional<PinnedRun> run(String runId) {
        return jdbc
                .query(
                        "SELECT traversal_id, version FROM ws.run WHERE run_id = ?",
                        (rs, row) -> new PinnedRun(runId, rs.getString(1), rs.getInt(2)),
                        runId)
                .stream()
                .findFirst();
    }

    /**
     * Rejects with {@code unknown-reference} naming {@code field[i].action_id} for the first id that is not an action
     * of the path version.
     */
    public void requireActionsOf(String traversalId, int version, List<String> actionIds, String field) {
        java.util.Set<String> known = new java.util.HashSet<>(jdbc.queryForList(
                "SELECT action_id FROM ws.traversal_action WHERE traversal_id = ? AND version = ?"
                        + " AND action_id = ANY(?::text[])",
                String.class,
                traversalId,
                version,
                actionIds.toArray(String[]::new)));
        for (int i = 0; i < actionIds.size(); i++) {
            if (!known.contains(actionIds.get(i))) {
                throw new CommandRejectedException(
                        dev.traverse.command.rejection.Rejection.UNKNOWN_REFERENCE,
                        field + "[" + i + "].action_id",
                        "'" + actionIds.get(i) + "' is not an action of path version " + version + " of this run's"
                                + " traversal");
            }
        }
    }

    /**
     * Rejects with {@code unknown-reference} naming {@code fields.get(i)} for the first hash that is not an artifact
     * uploaded in the organization. Null entries are skipped.
     */
    public void requireArtifacts(String organizationId, List<String> hashes, List<String> fields) {
        if (hashes.stream().allMatch(java.util.Objects::isNull)) {
            return;
        }
        java.util.Set<String> known = new java.util.HashSet<>(jdbc.queryForList(
                "SELECT sha256 FROM ws.artifact_owner WHERE organization_id = ? AND sha256 = ANY(?::text[])",
                String.class,
                organizationId,
                hashes.stream().filter(java.util.Objects::nonNull).toArray(String[]::new)));
        for (int i = 0; i < hashes.size(); i++) {
            if (hashes.get(i) != null && !known.contains(hashes.get(i))) {
                throw new CommandRejectedException(
                        dev.traverse.command.rejection.Rejection.UNKNOWN_REFERENCE,
                        fields.get(i),
                        "'" + hashes.get(i) + "' is not an artifact uploaded in this organization");
            }
        }
    }

    /** A run as the directory knows it. */
    public record PinnedRun(String runId, String traversalId, int version) {}

    /** The test case a document is linked to, if any. */
    public Optional<String> testCaseOfDocument(String documentId) {
        return jdbc
                .queryForList(
                        "SELECT test_case_id FROM ws.document_link WHERE document_id = ?", String.class, documentId)
                .stream()
                .findFirst();
    }

    /** The document a test case is linked to, if any. */
    public Optional<String> documentOfTestCase(String testCaseId) {
        return jdbc
                .queryForList(
                        "SELECT document_id FROM ws.document_link WHERE test_case_id = ?", String.class, testCaseId)
                .stream()
                .findFirst();
    }
}
