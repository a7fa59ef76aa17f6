package dev.traverse.command.project;

import dev.traverse.api.access.ResourceKind;
import dev.traverse.api.change.Change;
import dev.traverse.api.project.CreateDocument;
import dev.traverse.api.project.DeleteDocument;
import dev.traverse.api.project.UpdateDocument;
import dev.traverse.api.testcase.UnlinkDocument;
import dev.traverse.api.testcase.UpdateTestCase;
import dev.traverse.command.directory.Directory;
import dev.traverse.command.id.Ids;
import dev.traverse.command.rejection.CommandRejectedException;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Document writes that may touch a test case too. The 1:1 link lives on the TestCase aggregate; linking from the
 * document's side sends the test case the command, in the same transaction as the document's own change.
 */
@Service
class DocumentCommands {

    private final CommandGateway commands;
    private final Directory directory;

    DocumentCommands(CommandGateway commands, Directory directory) {
        this.commands = commands;
        this.directory = directory;
    }

    @Transactional
    String create(String projectId, String name, String content, String testCaseId) {
        String documentId = Ids.next();
        commands.sendAndWait(new CreateDocument(projectId, documentId, name, content));
        if (testCaseId != null) {
            link(projectId, documentId, testCaseId);
        }
        return documentId;
    }

    @Transactional
    long update(
            String projectId,
            String documentId,
            Change<String> name,
            Change<String> content,
            Change<String> testCaseId,
            Long expectedVersion) {
        long version = commands.sendAndWait(new UpdateDocument(projectId, documentId, name, content, expectedVersion));
        if (testCaseId != null) {
            Optional<String> current = directory.testCaseOfDocument(documentId);
            if (!Objects.equals(current.orElse(null), testCaseId.value())) {
                current.ifPresent(linked -> commands.sendAndWait(new UnlinkDocument(linked)));
                if (testCaseId.value() != null) {
                    link(projectId, documentId, testCaseId.value());
                }
            }
        }
        return version;
    }

    @Transactional
    void delete(String projectId, String documentId, Long expectedVersion) {
        directory.testCaseOfDocument(documentId).ifPresent(linked -> commands.sendAndWait(new UnlinkDocument(linked)));
        commands.sendAndWait(new DeleteDocument(projectId, documentId, expectedVersion));
    }

    private void link(String projectId, String documentId, String testCaseId) {
        directory.requireInProject(ResourceKind.TEST_CASE, testCaseId, projectId, "test_case_id");
        directory.documentOfTestCase(testCaseId).ifPresent(other -> {
            throw CommandRejectedException.conflict(
                    "test_case_id", "test case '" + testCaseId + "' is linked to document '" + other + "'");
        });
        commands.sendAndWait(
                new UpdateTestCase(testCaseId, null, null, null, null, Change.to(documentId), null, null, null));
    }
}
