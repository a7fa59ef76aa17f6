package dev.traverse.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.api.organization.MemberAdded;
import dev.traverse.api.organization.MemberRemoved;
import dev.traverse.api.organization.MemberRoleChanged;
import dev.traverse.api.organization.OrganizationCreated;
import dev.traverse.api.organization.OrganizationLogoChanged;
import dev.traverse.api.organization.OrganizationRenamed;
import dev.traverse.api.organization.Role;
import dev.traverse.api.project.BrowserConfigCreated;
import dev.traverse.api.project.BrowserConfigDeleted;
import dev.traverse.api.project.BrowserConfigUpdated;
import dev.traverse.api.project.DocumentContentReplaced;
import dev.traverse.api.project.DocumentCreated;
import dev.traverse.api.project.DocumentDeleted;
import dev.traverse.api.project.DocumentRenamed;
import dev.traverse.api.project.ProjectArchived;
import dev.traverse.api.project.ProjectCreated;
import dev.traverse.api.project.ProjectRenamed;
import dev.traverse.api.project.TagCreated;
import dev.traverse.api.project.TagDeleted;
import dev.traverse.api.project.TagUpdated;
import dev.traverse.api.testcase.TestCaseBrowserConfigAttached;
import dev.traverse.api.testcase.TestCaseCreated;
import dev.traverse.api.testcase.TestCaseDeleted;
import dev.traverse.api.testcase.TestCaseDocumentLinked;
import dev.traverse.api.testcase.TestCaseDocumentUnlinked;
import dev.traverse.api.testcase.TestCaseTagAttached;
import dev.traverse.api.testcase.TestCaseTagDetached;
import dev.traverse.api.testcase.TestCaseUpdated;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The catalog projections on a real PostgreSQL: what they write, and that replays change nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogProjectionIT {

    private static final String[] TABLES = {
        "organization",
        "member",
        "project",
        "tag",
        "browser_config",
        "document",
        "test_case",
        "tag_test_case",
        "test_case_browser_config"
    };
    private static final String ORG = "org1";
    private static final String P = "p1";

    private ReadModel readModel;
    private List<EventMessage<?>> history;

    @BeforeAll
    void createReadModel() {
        readModel = ReadModel.create();
        history = scenario(readModel);
        readModel.apply(history);
    }

    @AfterAll
    void close() {
        readModel.close();
    }

    /** An organization's realistic first days: members come and go, tags and documents change, test cases move. */
    static List<EventMessage<?>> scenario(ReadModel rm) {
        Map<String, Object> desktop = Map.of("viewport", Map.of("width", 1280, "height", 720), "headless", true);
        return List.of(
                rm.event(ORG, new OrganizationCreated(ORG, "Acme", null, "alice")),
                rm.event(ORG, new MemberAdded(ORG, "m1", "alice", Role.ADMIN, 1)),
                rm.event(ORG, new MemberAdded(ORG, "m2", "bob", Role.GUEST, 1)),
                rm.event(ORG, new OrganizationRenamed(ORG, "Acme Inc", 2)),
                rm.event(ORG, new OrganizationLogoChanged(ORG, "https://acme/logo.png", 2)),
                rm.event(ORG, new MemberRoleChanged(ORG, "m2", "bob", Role.MEMBER, 2)),
                rm.event(P, new ProjectCreated(P, ORG, "Web", "/", "alice")),
                rm.event(P, new TagCreated(P, ORG, "t1", "smoke", "#ff0000")),
                rm.event(P, new TagCreated(P, ORG, "t2", "login", "#00ff00")),
                rm.event(P, new TagCreated(P, ORG, "t3", "obsolete", "#0000ff")),
                rm.event(P, new BrowserConfigCreated(P, ORG, "b1", desktop)),
                rm.event(P, new BrowserConfigCreated(P, ORG, "b2", Map.of("device", "Pixel 8"))),
                rm.event(P, new DocumentCreated(P, ORG, "d1", "Spec", "Users log in with email")),
                rm.event(P, new DocumentCreated(P, ORG, "d2", "Old spec", "gone soon")),
                rm.event("tc1", new TestCaseCreated("tc1", P, ORG, "Log in", "", "/login", List.of("example.com"))),
                rm.event("tc1", new TestCaseTagAttached("tc1", P, ORG, "t1", 1)),
                rm.event("tc1", new TestCaseTagAttached("tc1", P, ORG, "t3", 1)),
                rm.event("tc1", new TestCaseBrowserConfigAttached("tc1", P, ORG, "b1", 1)),
                rm.event("tc1", new TestCaseDocumentLinked("tc1", P, ORG, "d2", 1)),
                rm.event("tc2", new TestCaseCreated("tc2", P, ORG, "Sign up", "", "/signup", List.of())),
                rm.event("tc2", new TestCaseTagAttached("tc2", P, ORG, "t2", 1)),
                rm.event(P, new TagUpdated(P, ORG, "t1", "smoke-test", "#ff8800", 2)),
                rm.event(P, new DocumentRenamed(P, ORG, "d1", "Login spec", 2)),
                rm.event(P, new DocumentContentReplaced(P, ORG, "d1", "Users log in with email or SSO", 2)),
                rm.event(
                        "tc1",
                        new TestCaseUpdated(
                                "tc1", P, ORG, "Log in", "no captcha", "/login", List.of("example.com"), 2)),
                rm.event("tc1", new TestCaseTagDetached("tc1", P, ORG, "t3", 3)),
                rm.event("tc1", new TestCaseDocumentUnlinked("tc1", P, ORG, "d2", 4)),
                rm.event("tc1", new TestCaseDocumentLinked("tc1", P, ORG, "d1", 4)),
                rm.event(P, new DocumentDeleted(P, ORG, "d2", 2)),
                rm.event(P, new TagDeleted(P, ORG, "t3", 2)),
                rm.event(P, new BrowserConfigUpdated(P, ORG, "b2", Map.of("device", "Pixel 9"), 2)),
                rm.event(P, new BrowserConfigDeleted(P, ORG, "b2", 3)),
                rm.event("tc2", new TestCaseDeleted("tc2", P, ORG, 2)),
                rm.event(ORG, new MemberRemoved(ORG, "m2", "bob", 3)),
                rm.event(P, new ProjectRenamed(P, ORG, "Web shop", 2)),
                rm.event(P, new ProjectArchived(P, ORG, 3)));
    }

    @Test
    void writesTheRowsTheEventsDescribe() {
        var jdbc = readModel.jdbc();
        assertThat(jdbc.queryForMap("SELECT name, logo, version FROM organization WHERE id = ?", ORG))
                .containsEntry("name", "Acme Inc")
                .containsEntry("logo", "https://acme/logo.png")
                .containsEntry("version", 2L);
        assertThat(jdbc.queryForMap("SELECT role, removed_at FROM member WHERE id = 'm2'"))
                .containsEntry("role", "member")
                .extractingByKey("removed_at")
                .isNotNull();
        assertThat(jdbc.queryForMap("SELECT name, archived_at, version FROM project WHERE id = ?", P))
                .containsEntry("name", "Web shop")
                .containsEntry("version", 3L)
                .extractingByKey("archived_at")
                .isNotNull();
        assertThat(jdbc.queryForMap("SELECT name, color, version FROM tag WHERE id = 't1'"))
                .containsEntry("name", "smoke-test")
                .containsEntry("color", "#ff8800")
                .containsEntry("version", 2L);
        assertThat(jdbc.queryForObject(
                        "SELECT browser_config->'viewport'->>'width' FROM browser_config WHERE id = 'b1'",
                        String.class))
                .isEqualTo("1280");
        assertThat(jdbc.queryForMap("SELECT name, content, test_case_id FROM document WHERE id = 'd1'"))
                .containsEntry("name", "Login spec")
                .containsEntry("content", "Users log in with email or SSO")
                .containsEntry("test_case_id", "tc1");
        assertThat(jdbc.queryForObject("SELECT test_case_id FROM document WHERE id = 'd2'", String.class))
                .isNull();
        assertThat(jdbc.queryForMap("SELECT document_id, extra_rules, version FROM test_case WHERE id = 'tc1'"))
                .containsEntry("document_id", "d1")
                .containsEntry("extra_rules", "no captcha")
                .containsEntry("version", 4L);
        assertThat(jdbc.queryForList("SELECT tag_id FROM tag_test_case WHERE test_case_id = 'tc1'", String.class))
                .containsExactly("t1");
        assertThat(jdbc.queryForObject("SELECT deleted_at IS NOT NULL FROM test_case WHERE id = 'tc2'", Boolean.class))
                .isTrue();
    }

    @Test
    void replayingTheWholeHistoryAgainChangesNothing() {
        Map<String, List<Map<String, Object>>> before = readModel.snapshot(TABLES);
        readModel.apply(history);
        assertThat(readModel.snapshot(TABLES)).isEqualTo(before);
    }

    @Test
    void redeliveringALaterPartOfTheHistoryChangesNothing() {
        Map<String, List<Map<String, Object>>> before = readModel.snapshot(TABLES);
        readModel.apply(history.subList(history.size() / 2, history.size()));
        readModel.apply(history.subList(5, 12));
        assertThat(readModel.snapshot(TABLES)).isEqualTo(before);
    }

    @Test
    void rebuildingFromScratchGivesTheSameReadModel() {
        Map<String, List<Map<String, Object>>> before = readModel.snapshot(TABLES);
        readModel.reset();
        assertThat(readModel.jdbc().queryForObject("SELECT count(*) FROM test_case", Long.class))
                .isZero();
        readModel.apply(history);
        assertThat(readModel.snapshot(TABLES)).isEqualTo(before);
    }
}
