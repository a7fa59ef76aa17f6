package dev.traverse.command.traversal;

import dev.traverse.api.access.AccessGrant;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.api.traversal.AttachSecret;
import dev.traverse.api.traversal.BrainState;
import dev.traverse.api.traversal.CreateTraversal;
import dev.traverse.api.traversal.DetachSecret;
import dev.traverse.api.traversal.RecordBrainStates;
import dev.traverse.api.traversal.RecordedPath;
import dev.traverse.command.directory.Directory;
import dev.traverse.command.id.Ids;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Checks a traversal's references before the TestTraversal aggregate sees the command. */
@Service
public class TraversalCommands {

    private final CommandGateway commands;
    private final Directory directory;

    TraversalCommands(CommandGateway commands, Directory directory) {
        this.commands = commands;
        this.directory = directory;
    }

    /** Creates a traversal of the test case {@code grant} addresses; returns its id. */
    @Transactional
    public String create(AccessGrant testCase, String browserConfigId, String expectedOutcome) {
        directory.requireOpenProject(testCase.projectId());
        directory.requireInProject(
                ResourceKind.BROWSER_CONFIG, browserConfigId, testCase.projectId(), "browser_config_id");
        directory.requireAttachedBrowserConfig(testCase.resourceId(), browserConfigId, "browser_config_id");
        String traversalId = Ids.next();
        commands.sendAndWait(new CreateTraversal(
                traversalId,
                testCase.resourceId(),
                testCase.projectId(),
                testCase.organizationId(),
                browserConfigId,
                expectedOutcome));
        return traversalId;
    }

    /** Gives the traversal a secret of its project as an input. */
    @Transactional
    public void attachSecret(AccessGrant traversal, String secretId) {
        directory.requireInProject(ResourceKind.SECRET, secretId, traversal.projectId(), "secret_id");
        commands.sendAndWait(new AttachSecret(traversal.resourceId(), secretId));
    }

    @Transactional
    public void detachSecret(AccessGrant traversal, String secretId) {
        commands.sendAndWait(new DetachSecret(traversal.resourceId(), secretId));
    }

    /** Appends brain states to the traversal's current path version. */
    @Transactional
    public RecordedPath record(String traversalId, List<BrainState> brainStates) {
        return commands.sendAndWait(new RecordBrainStates(traversalId, brainStates));
    }
}
