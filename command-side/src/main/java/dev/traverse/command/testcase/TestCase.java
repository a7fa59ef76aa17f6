package dev.traverse.command.testcase;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

import dev.traverse.api.change.Change;
import dev.traverse.api.testcase.CreateTestCase;
import dev.traverse.api.testcase.DeleteTestCase;
import dev.traverse.api.testcase.TestCaseBrowserConfigAttached;
import dev.traverse.api.testcase.TestCaseBrowserConfigDetached;
import dev.traverse.api.testcase.TestCaseCreated;
import dev.traverse.api.testcase.TestCaseDeleted;
import dev.traverse.api.testcase.TestCaseDocumentLinked;
import dev.traverse.api.testcase.TestCaseDocumentUnlinked;
import dev.traverse.api.testcase.TestCaseTagAttached;
import dev.traverse.api.testcase.TestCaseTagDetached;
import dev.traverse.api.testcase.TestCaseUpdated;
import dev.traverse.api.testcase.UnlinkDocument;
import dev.traverse.api.testcase.UpdateTestCase;
import dev.traverse.command.rejection.CommandRejectedException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A test case: its own fields plus the tags and browser configs it carries and the document it is linked to. Every
 * command that changes something advances {@code version} by one, whatever number of events it emits.
 */
@Aggregate(lockFactory = "aggregateLockFactory")
public class TestCase {

    @AggregateIdentifier
    private String testCaseId;

    private String projectId;
    private String organizationId;
    private String testDescription;
    private String extraRules;
    private String urlRoute;
    private List<String> allowedDomains;
    private String documentId;
    private final Set<String> tagIds = new LinkedHashSet<>();
    private final Set<String> browserConfigIds = new LinkedHashSet<>();
    private long version;

    protected TestCase() {
        // For Axon: rebuilt from events.
    }

    @CommandHandler
    public TestCase(CreateTestCase command) {
        CommandRejectedException.requireText(command.testDescription(), "test_description");
        apply(new TestCaseCreated(
                command.testCaseId(),
                command.projectId(),
                command.organizationId(),
                command.testDescription(),
                Objects.requireNonNullElse(command.extraRules(), ""),
                Objects.requireNonNullElse(command.urlRoute(), ""),
                List.copyOf(Objects.requireNonNullElse(command.allowedDomains(), List.of()))));
        // Axon applies events of a constructor only after it returns, so the state fields are not set yet here.
        String id = command.testCaseId();
        for (String tagId : distinct(command.tagIds())) {
            apply(new TestCaseTagAttached(id, command.projectId(), command.organizationId(), tagId, 1));
        }
        for (String configId : distinct(command.browserConfigIds())) {
            apply(new TestCaseBrowserConfigAttached(id, command.projectId(), command.organizationId(), configId, 1));
        }
        if (command.documentId() != null) {
            apply(new TestCaseDocumentLinked(
                    id, command.projectId(), command.organizationId(), command.documentId(), 1));
        }
    }

    /** Returns the test case's version after the update. */
    @CommandHandler
    public long handle(UpdateTestCase command) {
        CommandRejectedException.checkVersion(command.expectedVersion(), version);
        if (command.testDescription() != null) {
            CommandRejectedException.requireText(command.testDescription().value(), "test_description");
        }
        long next = version + 1;
        boolean changed = false;
        if (Change.alters(command.testDescription(), testDescription)
                || Change.alters(command.extraRules(), extraRules)
                || Change.alters(command.urlRoute(), urlRoute)
                || Change.alters(command.allowedDomains(), allowedDomains)) {
            apply(new TestCaseUpdated(
                    testCaseId,
                    projectId,
                    organizationId,
                    Change.apply(command.testDescription(), testDescription),
                    Objects.requireNonNullElse(Change.apply(command.extraRules(), extraRules), ""),
                    Objects.requireNonNullElse(Change.apply(command.urlRoute(), urlRoute), ""),
                    List.copyOf(Objects.requireNonNullElse(
                            Change.apply(command.allowedDomains(), allowedDomains), List.of())),
                    next));
            changed = true;
        }
        changed |= reconcile(command.tagIds(), command.browserConfigIds(), next);
        if (Change.alters(command.documentId(), documentId)) {
            if (documentId != null) {
                apply(new TestCaseDocumentUnlinked(testCaseId, projectId, organizationId, documentId, next));
            }
            if (command.documentId().value() != null) {
                apply(new TestCaseDocumentLinked(
                        testCaseId,
                        projectId,
                        organizationId,
                        command.documentId().value(),
                        next));
            }
            changed = true;
        }
        return changed ? next : version;
    }

    @CommandHandler
    public long handle(UnlinkDocument command) {
        if (documentId == null) {
            return version;
        }
        apply(new TestCaseDocumentUnlinked(testCaseId, projectId, organizationId, documentId, version + 1));
        return version;
    }

    @CommandHandler
    public void handle(DeleteTestCase command) {
        CommandRejectedException.checkVersion(command.expectedVersion(), version);
        long next = version + 1;
        if (documentId != null) {
            apply(new TestCaseDocumentUnlinked(testCaseId, projectId, organizationId, documentId, next));
        }
        apply(new TestCaseDeleted(testCaseId, projectId, organizationId, next));
    }

    private static Set<String> distinct(List<String> ids) {
        return new LinkedHashSet<>(Objects.requireNonNullElse(ids, List.of()));
    }

    /** Emits attach and detach events turning the current sets into the requested ones; true if any was emitted. */
    private boolean reconcile(Change<List<String>> tags, Change<List<String>> configs, long eventVersion) {
        boolean changed = false;
        if (tags != null) {
            Set<String> wanted = distinct(tags.value());
            for (String tagId : Set.copyOf(tagIds)) {
                if (!wanted.contains(tagId)) {
                    apply(new TestCaseTagDetached(testCaseId, projectId, organizationId, tagId, eventVersion));
                    changed = true;
                }
            }
            for (String tagId : wanted) {
                if (!tagIds.contains(tagId)) {
                    apply(new TestCaseTagAttached(testCaseId, projectId, organizationId, tagId, eventVersion));
                    changed = true;
                }
            }
        }
        if (configs != null) {
            Set<String> wanted = distinct(configs.value());
            for (String configId : Set.copyOf(browserConfigIds)) {
                if (!wanted.contains(configId)) {
                    apply(new TestCaseBrowserConfigDetached(
                            testCaseId, projectId, organizationId, configId, eventVersion));
                    changed = true;
                }
            }
            for (String configId : wanted) {
                if (!browserConfigIds.contains(configId)) {
                    apply(new TestCaseBrowserConfigAttached(
                            testCaseId, projectId, organizationId, configId, eventVersion));
                    changed = true;
                }
            }
        }
        return changed;
    }

    @EventSourcingHandler
    void on(TestCaseCreated event) {
        testCaseId = event.testCaseId();
        projectId = event.projectId();
        organizationId = event.organizationId();
        testDescription = event.testDescription();
        extraRules = event.extraRules();
        urlRoute = event.urlRoute();
        allowedDomains = event.allowedDomains();
        version = 1;
    }

    @EventSourcingHandler
    void on(TestCaseUpdated event) {
        testDescription = event.testDescription();
        extraRules = event.extraRules();
        urlRoute = event.urlRoute();
        allowedDomains = event.allowedDomains();
        version = event.version();
    }

    @EventSourcingHandler
    void on(TestCaseTagAttached event) {
        tagIds.add(event.tagId());
        version = event.version();
    }

    @EventSourcingHandler
    void on(TestCaseTagDetached event) {
        tagIds.remove(event.tagId());
        version = event.version();
    }

    @EventSourcingHandler
    void on(TestCaseBrowserConfigAttached event) {
        browserConfigIds.add(event.browserConfigId());
        version = event.version();
    }

    @EventSourcingHandler
    void on(TestCaseBrowserConfigDetached event) {
        browserConfigIds.remove(event.browserConfigId());
        version = event.version();
    }

    @EventSourcingHandler
    void on(TestCaseDocumentLinked event) {
        documentId = event.documentId();
        version = event.version();
    }

    @EventSourcingHandler
    void on(TestCaseDocumentUnlinked event) {
        documentId = null;
        version = event.version();
    }

    @EventSourcingHandler
    void on(TestCaseDeleted event) {
        version = event.version();
        markDeleted();
    }
}
