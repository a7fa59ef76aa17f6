package dev.traverse.command.project;

import static dev.traverse.command.rejection.Rejected.rejected;

import dev.traverse.api.change.Change;
import dev.traverse.api.project.ArchiveProject;
import dev.traverse.api.project.BrowserConfigCreated;
import dev.traverse.api.project.BrowserConfigDeleted;
import dev.traverse.api.project.BrowserConfigUpdated;
import dev.traverse.api.project.CreateBrowserConfig;
import dev.traverse.api.project.CreateDocument;
import dev.traverse.api.project.CreateProject;
import dev.traverse.api.project.CreateTag;
import dev.traverse.api.project.DeleteBrowserConfig;
import dev.traverse.api.project.DeleteDocument;
import dev.traverse.api.project.DeleteTag;
import dev.traverse.api.project.DocumentContentReplaced;
import dev.traverse.api.project.DocumentCreated;
import dev.traverse.api.project.DocumentDeleted;
import dev.traverse.api.project.DocumentRenamed;
import dev.traverse.api.project.ProjectArchived;
import dev.traverse.api.project.ProjectCreated;
import dev.traverse.api.project.ProjectDefaultUrlRouteChanged;
import dev.traverse.api.project.ProjectRenamed;
import dev.traverse.api.project.TagCreated;
import dev.traverse.api.project.TagDeleted;
import dev.traverse.api.project.TagUpdated;
import dev.traverse.api.project.UpdateBrowserConfig;
import dev.traverse.api.project.UpdateDocument;
import dev.traverse.api.project.UpdateProject;
import dev.traverse.api.project.UpdateTag;
import dev.traverse.command.rejection.Rejection;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProjectTest {

    private static final String P = "p1";
    private static final String ORG = "org1";
    private AggregateTestFixture<Project> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Project.class);
    }

    private static ProjectCreated created() {
        return new ProjectCreated(P, ORG, "Web", "/", "alice");
    }

    private static TagCreated smoke() {
        return new TagCreated(P, ORG, "t1", "Smoke", "#ff0000");
    }

    @Test
    void createsProjectRecordingItsCreatorFromTheCommandsActor() {
        fixture.givenNoPriorActivity()
                .when(new CreateProject(P, ORG, "Web", "/home"), Map.of("actor_id", "alice"))
                .expectEvents(new ProjectCreated(P, ORG, "Web", "/home", "alice"));
    }

    @Test
    void rejectsProjectWithoutName() {
        fixture.givenNoPriorActivity()
                .when(new CreateProject(P, ORG, "", null))
                .expectNoEvents()
                .expectException(rejected(Rejection.INVALID, "name"));
    }

    @Test
    void renamesAndReroutesAsOneVersion() {
        fixture.given(created())
                .when(new UpdateProject(P, Change.to("Shop"), Change.to("/shop"), 1L))
                .expectResultMessagePayload(2L)
                .expectEvents(
                        new ProjectRenamed(P, ORG, "Shop", 2), new ProjectDefaultUrlRouteChanged(P, ORG, "/shop", 2));
    }

    @Test
    void rejectsProjectUpdateOnStaleVersion() {
        fixture.given(created(), new ProjectRenamed(P, ORG, "Shop", 2))
                .when(new UpdateProject(P, Change.to("X"), null, 1L))
                .expectNoEvents()
                .expectException(rejected(Rejection.STALE_VERSION, null));
    }

    @Test
    void archivesOnceAndThenRefusesChanges() {
        fixture.given(created()).when(new ArchiveProject(P, null)).expectEvents(new ProjectArchived(P, ORG, 2));
        fixture.given(created(), new ProjectArchived(P, ORG, 2))
                .when(new ArchiveProject(P, null))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
        fixture.given(created(), new ProjectArchived(P, ORG, 2))
                .when(new CreateTag(P, "t9", "New", "#000000"))
                .expectNoEvents()
                .expectException(rejected(Rejection.CONFLICT, null));
        fixture.given(created(), new ProjectArchived(P, ORG, 2))
                .when(new UpdateProject(P, Change.to("X"), null, null))
                .expectNoEvents()
                .expectException(rejected(Rejection.CONFLICT, null));
    }

    @Test
    void createsTag() {
        fixture.given(created())
                .when(new CreateTag(P, "t1", "Smoke", "#ff0000"))
                .expectEvents(new TagCreated(P, ORG, "t1", "Smoke", "#ff0000"));
    }

    @Test
    void rejectsTagNameTakenIgnoringCase() {
        fixture.given(created(), smoke())
                .when(new CreateTag(P, "t2", "SMOKE", "#00ff00"))
                .expectNoEvents()
                .expectException(rejected(Rejection.CONFLICT, "name"));
    }

    @Test
    void acceptsNameOfDeletedTag() {
        fixture.given(created(), smoke(), new TagDeleted(P, ORG, "t1", 2))
                .when(new CreateTag(P, "t2", "smoke", "#00ff00"))
                .expectEvents(new TagCreated(P, ORG, "t2", "smoke", "#00ff00"));
    }

    @Test
    void updatesTag() {
        fixture.given(created(), smoke())
                .when(new UpdateTag(P, "t1", null, Change.to("#00ff00"), 1L))
                .expectResultMessagePayload(2L)
                .expectEvents(new TagUpdated(P, ORG, "t1", "Smoke", "#00ff00", 2));
    }

    @Test
    void tagCanChangeCaseOfItsOwnName() {
        fixture.given(created(), smoke())
                .when(new UpdateTag(P, "t1", Change.to("smoke"), null, null))
                .expectEvents(new TagUpdated(P, ORG, "t1", "smoke", "#ff0000", 2));
    }

    @Test
    void rejectsRenamingTagToAnotherTagsName() {
        fixture.given(created(), smoke(), new TagCreated(P, ORG, "t2", "Login", "#000000"))
                .when(new UpdateTag(P, "t2", Change.to("smoke"), null, null))
                .expectNoEvents()
                .expectException(rejected(Rejection.CONFLICT, "name"));
    }

    @Test
    void rejectsUpdateOfUnknownTag() {
        fixture.given(created())
                .when(new UpdateTag(P, "nope", Change.to("x"), null, null))
                .expectNoEvents()
                .expectException(rejected(Rejection.NOT_FOUND, null));
    }

    @Test
    void rejectsTagUpdateOnStaleVersion() {
        fixture.given(created(), smoke(), new TagUpdated(P, ORG, "t1", "Smoke", "#000000", 2))
                .when(new UpdateTag(P, "t1", Change.to("x"), null, 1L))
                .expectNoEvents()
                .expectException(rejected(Rejection.STALE_VERSION, null));
    }

    @Test
    void deletesTagOnceOnly() {
        fixture.given(created(), smoke())
                .when(new DeleteTag(P, "t1", 1L))
                .expectEvents(new TagDeleted(P, ORG, "t1", 2));
        fixture.given(created(), smoke(), new TagDeleted(P, ORG, "t1", 2))
                .when(new DeleteTag(P, "t1", null))
                .expectNoEvents()
                .expectException(rejected(Rejection.NOT_FOUND, null));
    }

    @Test
    void createsUpdatesAndDeletesBrowserConfig() {
        Map<String, Object> desktop = Map.of("viewport", Map.of("width", 1280), "headless", true);
        Map<String, Object> mobile = Map.of("device", "iPhone 15");
        fixture.given(created())
                .when(new CreateBrowserConfig(P, "b1", desktop))
                .expectEvents(new BrowserConfigCreated(P, ORG, "b1", desktop));
        fixture.given(created(), new BrowserConfigCreated(P, ORG, "b1", desktop))
                .when(new UpdateBrowserConfig(P, "b1", mobile, 1L))
                .expectEvents(new BrowserConfigUpdated(P, ORG, "b1", mobile, 2));
        fixture.given(created(), new BrowserConfigCreated(P, ORG, "b1", desktop))
                .when(new UpdateBrowserConfig(P, "b1", desktop, null))
                .expectNoEvents()
                .expectResultMessagePayload(1L);
        fixture.given(created(), new BrowserConfigCreated(P, ORG, "b1", desktop))
                .when(new DeleteBrowserConfig(P, "b1", null))
                .expectEvents(new BrowserConfigDeleted(P, ORG, "b1", 2));
    }

    @Test
    void rejectsBrowserConfigThatIsNoObject() {
        fixture.given(created())
                .when(new CreateBrowserConfig(P, "b1", null))
                .expectNoEvents()
                .expectException(rejected(Rejection.INVALID, "browser_config"));
    }

    @Test
    void rejectsStaleOrUnknownBrowserConfig() {
        fixture.given(created(), new BrowserConfigCreated(P, ORG, "b1", Map.of()))
                .when(new UpdateBrowserConfig(P, "b1", Map.of("a", 1), 3L))
                .expectNoEvents()
                .expectException(rejected(Rejection.STALE_VERSION, null));
        fixture.given(created())
                .when(new DeleteBrowserConfig(P, "b1", null))
                .expectNoEvents()
                .expectException(rejected(Rejection.NOT_FOUND, null));
    }

    @Test
    void createsDocument() {
        fixture.given(created())
                .when(new CreateDocument(P, "d1", "Spec", "text"))
                .expectEvents(new DocumentCreated(P, ORG, "d1", "Spec", "text"));
    }

    @Test
    void rejectsDocumentWithoutContent() {
        fixture.given(created())
                .when(new CreateDocument(P, "d1", "Spec", null))
                .expectNoEvents()
                .expectException(rejected(Rejection.INVALID, "content"));
    }

    @Test
    void renamesDocumentWithoutResendingContent() {
        fixture.given(created(), new DocumentCreated(P, ORG, "d1", "Spec", "text"))
                .when(new UpdateDocument(P, "d1", Change.to("Spec v2"), null, null))
                .expectEvents(new DocumentRenamed(P, ORG, "d1", "Spec v2", 2));
    }

    @Test
    void replacesContentOnlyWhenItChanged() {
        fixture.given(created(), new DocumentCreated(P, ORG, "d1", "Spec", "text"))
                .when(new UpdateDocument(P, "d1", null, Change.to("text"), null))
                .expectNoEvents()
                .expectResultMessagePayload(1L);
        fixture.given(created(), new DocumentCreated(P, ORG, "d1", "Spec", "text"))
                .when(new UpdateDocument(P, "d1", Change.to("New"), Change.to("more text"), 1L))
                .expectEvents(
                        new DocumentRenamed(P, ORG, "d1", "New", 2),
                        new DocumentContentReplaced(P, ORG, "d1", "more text", 2));
    }

    @Test
    void rejectsClearingDocumentContent() {
        fixture.given(created(), new DocumentCreated(P, ORG, "d1", "Spec", "text"))
                .when(new UpdateDocument(P, "d1", null, Change.to(null), null))
                .expectNoEvents()
                .expectException(rejected(Rejection.INVALID, "content"));
    }

    @Test
    void deletesDocument() {
        fixture.given(created(), new DocumentCreated(P, ORG, "d1", "Spec", "text"))
                .when(new DeleteDocument(P, "d1", 1L))
                .expectEvents(new DocumentDeleted(P, ORG, "d1", 2));
        fixture.given(
                        created(),
                        new DocumentCreated(P, ORG, "d1", "Spec", "text"),
                        new DocumentDeleted(P, ORG, "d1", 2))
                .when(new UpdateDocument(P, "d1", Change.to("x"), null, null))
                .expectNoEvents()
                .expectException(rejected(Rejection.NOT_FOUND, null));
    }
}
