package dev.traverse.command.testcase;

import static dev.traverse.command.rejection.Rejected.rejected;

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
import dev.traverse.command.rejection.Rejection;
import java.util.List;
import org.axonframework.eventsourcing.AggregateDeletedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TestCaseTest {

    private static final String TC = "tc1";
    private static final String P = "p1";
    private static final String ORG = "org1";
    private AggregateTestFixture<TestCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TestCase.class);
    }

    private static TestCaseCreated created() {
        return new TestCaseCreated(TC, P, ORG, "Log in", "", "/login", List.of("example.com"));
    }

    @Test
    void createsWithTagsConfigsAndDocument() {
        fixture.givenNoPriorActivity()
                .when(new CreateTestCase(
                        TC,
                        P,
                        ORG,
                        "Log in",
                        null,
                        "/login",
                        List.of("example.com"),
                        "d1",
                        List.of("t1", "t2", "t1"),
                        List.of("b1")))
                .expectEvents(
                        created(),
                        new TestCaseTagAttached(TC, P, ORG, "t1", 1),
                        new TestCaseTagAttached(TC, P, ORG, "t2", 1),
                        new TestCaseBrowserConfigAttached(TC, P, ORG, "b1", 1),
                        new TestCaseDocumentLinked(TC, P, ORG, "d1", 1));
    }

    @Test
    void rejectsCreationWithoutDescription() {
        fixture.givenNoPriorActivity()
                .when(new CreateTestCase(TC, P, ORG, " ", null, null, null, null, null, null))
                .expectNoEvents()
                .expectException(rejected(Rejection.INVALID, "test_description"));
    }

    @Test
    void updatesOwnFieldsInOneEvent() {
        fixture.given(created())
                .when(new UpdateTestCase(
                        TC, null, Change.to("be polite"), null, Change.to(List.of("a.com")), null, null, null, 1L))
                .expectResultMessagePayload(2L)
                .expectEvents(new TestCaseUpdated(TC, P, ORG, "Log in", "be polite", "/login", List.of("a.com"), 2));
    }

    @Test
    void replacesTagAndConfigSetsWithAttachAndDetachEvents() {
        fixture.given(
                        created(),
                        new TestCaseTagAttached(TC, P, ORG, "t1", 1),
                        new TestCaseTagAttached(TC, P, ORG, "t2", 1),
                        new TestCaseBrowserConfigAttached(TC, P, ORG, "b1", 1))
                .when(new UpdateTestCase(
                        TC, null, null, null, null, null, Change.to(List.of("t2", "t3")), Change.to(List.of()), null))
                .expectEvents(
                        new TestCaseTagDetached(TC, P, ORG, "t1", 2),
                        new TestCaseTagAttached(TC, P, ORG, "t3", 2),
                        new TestCaseBrowserConfigDetached(TC, P, ORG, "b1", 2));
    }

    @Test
    void updateThatChangesNothingEmitsNothing() {
        fixture.given(created(), new TestCaseTagAttached(TC, P, ORG, "t1", 1))
                .when(new UpdateTestCase(
                        TC, Change.to("Log in"), null, null, null, null, Change.to(List.of("t1")), null, null))
                .expectNoEvents()
                .expectResultMessagePayload(1L);
    }

    @Test
    void relinkingUnlinksTheOldDocumentFirst() {
        fixture.given(created(), new TestCaseDocumentLinked(TC, P, ORG, "d1", 1))
                .when(new UpdateTestCase(TC, null, null, null, null, Change.to("d2"), null, null, null))
                .expectEvents(
                        new TestCaseDocumentUnlinked(TC, P, ORG, "d1", 2),
                        new TestCaseDocumentLinked(TC, P, ORG, "d2", 2));
    }

    @Test
    void unlinksDocumentWithNull() {
        fixture.given(created(), new TestCaseDocumentLinked(TC, P, ORG, "d1", 1))
                .when(new UpdateTestCase(TC, null, null, null, null, Change.to(null), null, null, null))
                .expectEvents(new TestCaseDocumentUnlinked(TC, P, ORG, "d1", 2));
    }

    @Test
    void unlinkDocumentIsANoOpWithoutLink() {
        fixture.given(created()).when(new UnlinkDocument(TC)).expectNoEvents();
        fixture.given(created(), new TestCaseDocumentLinked(TC, P, ORG, "d1", 1))
                .when(new UnlinkDocument(TC))
                .expectEvents(new TestCaseDocumentUnlinked(TC, P, ORG, "d1", 2));
    }

    @Test
    void rejectsUpdateOnStaleVersion() {
        fixture.given(created(), new TestCaseTagAttached(TC, P, ORG, "t1", 2))
                .when(new UpdateTestCase(TC, Change.to("x"), null, null, null, null, null, null, 1L))
                .expectNoEvents()
                .expectException(rejected(Rejection.STALE_VERSION, null));
    }

    @Test
    void rejectsBlankDescription() {
        fixture.given(created())
                .when(new UpdateTestCase(TC, Change.to(""), null, null, null, null, null, null, null))
                .expectNoEvents()
                .expectException(rejected(Rejection.INVALID, "test_description"));
    }

    @Test
    void deleteUnlinksItsDocument() {
        fixture.given(created(), new TestCaseDocumentLinked(TC, P, ORG, "d1", 1))
                .when(new DeleteTestCase(TC, 1L))
                .expectEvents(new TestCaseDocumentUnlinked(TC, P, ORG, "d1", 2), new TestCaseDeleted(TC, P, ORG, 2));
    }

    @Test
    void rejectsDeleteOnStaleVersion() {
        fixture.given(created())
                .when(new DeleteTestCase(TC, 5L))
                .expectNoEvents()
                .expectException(rejected(Rejection.STALE_VERSION, null));
    }

    @Test
    void deletedTestCaseAcceptsNothing() {
        fixture.given(created(), new TestCaseDeleted(TC, P, ORG, 2))
                .when(new UpdateTestCase(TC, Change.to("x"), null, null, null, null, null, null, null))
                .expectNoEvents()
                .expectException(AggregateDeletedException.class);
    }
}
