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

    /** Rejects with {@code conflict} when the project is archived. */
    public void requireOpenProject(String projectId) {
        Boolean archived = jdbc.query(
                "SELECT archived FROM ws.resource WHERE id = ?", rs -> rs.next() ? rs.getBoolean(1) : null, projectId);
        if (Boolean.TRUE.equals(archived)) {
            throw CommandRejectedException.conflict(null, "the project is archived and accepts no changes");
        }
    }

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
