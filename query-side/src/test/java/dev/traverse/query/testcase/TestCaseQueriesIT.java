package dev.traverse.query.testcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.traverse.api.project.TagCreated;
import dev.traverse.api.project.TagDeleted;
import dev.traverse.api.testcase.TestCaseCreated;
import dev.traverse.api.testcase.TestCaseDeleted;
import dev.traverse.api.testcase.TestCaseTagAttached;
import dev.traverse.query.ReadModel;
import dev.traverse.query.http.BadQueryParameterException;
import dev.traverse.query.paging.Page;
import dev.traverse.query.paging.PageRequest;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestCaseQueriesIT {

    private static final String ORG = "org1";
    private static final String P = "p1";

    private ReadModel readModel;
    private TestCaseQueries queries;

    @BeforeAll
    void seed() {
        readModel = ReadModel.create();
        queries = readModel.bean(TestCaseQueries.class);
        List<EventMessage<?>> events = new ArrayList<>();
        events.add(readModel.event(P, new TagCreated(P, ORG, "smoke", "smoke", "#ff0000")));
        events.add(readModel.event(P, new TagCreated(P, ORG, "login", "login", "#00ff00")));
        events.add(readModel.event(P, new TagCreated(P, ORG, "gone", "gone", "#0000ff")));
        for (int i = 0; i < 7; i++) {
            String id = "tc" + i;
            events.add(readModel.event(id, new TestCaseCreated(id, P, ORG, "case " + i, "", "/", List.of())));
            if (i % 2 == 0) {
                events.add(readModel.event(id, new TestCaseTagAttached(id, P, ORG, "smoke", 1)));
            }
            if (i % 3 == 0) {
                events.add(readModel.event(id, new TestCaseTagAttached(id, P, ORG, "login", 1)));
            }
            events.add(readModel.event(id, new TestCaseTagAttached(id, P, ORG, "gone", 1)));
        }
        events.add(readModel.event(P, new TagDeleted(P, ORG, "gone", 2)));
        events.add(readModel.event("tc6", new TestCaseDeleted("tc6", P, ORG, 2)));
        readModel.apply(events);
    }

    @AfterAll
    void close() {
        readModel.close();
    }

    @Test
    void filtersByOneTag() {
        assertThat(ids(queries.testCases(P, List.of("smoke"), PageRequest.of(null, null))))
                .containsExactly("tc0", "tc2", "tc4");
    }

    @Test
    void filtersByEveryTagNamed() {
        assertThat(ids(queries.testCases(P, List.of("smoke", "login"), PageRequest.of(null, null))))
                .containsExactly("tc0");
    }

    @Test
    void deletedTagsMatchNothingAndAreNotShown() {
        assertThat(queries.testCases(P, List.of("gone"), PageRequest.of(null, null))
                        .data())
                .isEmpty();
        assertThat(queries.testCase("tc0").orElseThrow().tags())
                .extracting(TestCaseView.TagRef::id)
                .containsExactly("login", "smoke");
    }

    @Test
    void deletedTestCasesAreGone() {
        assertThat(queries.testCase("tc6")).isEmpty();
        assertThat(ids(queries.testCases(P, null, PageRequest.of(null, null))))
                .doesNotContain("tc6")
                .hasSize(6);
    }

    @Test
    void pagesThroughEveryTestCaseOnceInCreationOrder() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<TestCaseView> page = queries.testCases(P, null, PageRequest.of(4, cursor));
            seen.addAll(ids(page));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(2);
        assertThat(seen).containsExactly("tc0", "tc1", "tc2", "tc3", "tc4", "tc5");
    }

    @Test
    void refusesBadPageParameters() {
        assertThatThrownBy(() -> PageRequest.of(0, null))
                .isInstanceOfSatisfying(
                        BadQueryParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("limit"));
        assertThatThrownBy(() -> PageRequest.of(201, null)).isInstanceOf(BadQueryParameterException.class);
        assertThatThrownBy(() -> PageRequest.of(10, "not-a-cursor"))
                .isInstanceOfSatisfying(
                        BadQueryParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("cursor"));
    }

    private static List<String> ids(Page<TestCaseView> page) {
        return page.data().stream().map(TestCaseView::id).toList();
    }
}
