package dev.traverse.command.testcase;

import dev.traverse.api.access.ResourceKind;
import dev.traverse.api.change.Change;
import dev.traverse.api.testcase.CreateTestCase;
import dev.traverse.api.testcase.DeleteTestCase;
import dev.traverse.api.testcase.UpdateTestCase;
import dev.traverse.command.directory.Directory;
import dev.traverse.command.rejection.CommandRejectedException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a test case's references against the directory (same project, not deleted, document free) before the
 * TestCase aggregate sees the command.
 */
@Service
class TestCaseCommands {

    private final CommandGateway commands;
    private final Directory directory;

    TestCaseCommands(CommandGateway commands, Directory directory) {
        this.commands = commands;
        this.directory = directory;
    }

    @Transactional
    void create(CreateTestCase command) {
        directory.requireOpenProject(command.projectId());
        checkReferences(
                command.projectId(),
                command.testCaseId(),
                command.tagIds() == null ? null : Change.to(command.tagIds()),
                command.browserConfigIds() == null ? null : Change.to(command.browserConfigIds()),
                command.documentId() == null ? null : Change.to(command.documentId()));
        commands.sendAndWait(command);
    }

    @Transactional
    long update(String projectId, UpdateTestCase command) {
        directory.requireOpenProject(projectId);
        checkReferences(
                projectId, command.testCaseId(), command.tagIds(), command.browserConfigIds(), command.documentId());
        return commands.sendAndWait(command);
    }

    @Transactional
    void delete(String projectId, String testCaseId, Long expectedVersion) {
        directory.requireOpenProject(projectId);
        commands.sendAndWait(new DeleteTestCase(testCaseId, expectedVersion));
    }

    private void checkReferences(
            String projectId,
            String testCaseId,
            Change<java.util.List<String>> tagIds,
            Change<java.util.List<String>> browserConfigIds,
            Change<String> documentId) {
        if (tagIds != null) {
            directory.requireInProject(ResourceKind.TAG, tagIds.value(), projectId, "tag_ids");
        }
        if (browserConfigIds != null) {
            directory.requireInProject(
                    ResourceKind.BROWSER_CONFIG, browserConfigIds.value(), projectId, "browser_config_ids");
        }
        if (documentId != null && documentId.value() != null) {
            directory.requireInProject(ResourceKind.DOCUMENT, documentId.value(), projectId, "document_id");
            directory
                    .testCaseOfDocument(documentId.value())
                    .filter(linked -> !linked.equals(testCaseId))
                    .ifPresent(linked -> {
                        throw CommandRejectedException.conflict(
                                "document_id",
                                "document '" + documentId.value() + "' is linked to test case '" + linked + "'");
                    });
        }
    }
}
