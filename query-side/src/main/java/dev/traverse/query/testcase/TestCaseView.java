package dev.traverse.query.testcase;

import dev.traverse.query.paging.Listed;
import java.time.Instant;
import java.util.List;

/** A test case as the API shows it, with the tags and browser configs it carries. */
record TestCaseView(
        String id,
        String projectId,
        String documentId,
        String testDescription,
        String extraRules,
        String urlRoute,
        List<String> allowedDomains,
        List<TagRef> tags,
        List<String> browserConfigIds,
        Instant createdAt,
        Instant updatedAt,
        long version)
        implements Listed {

    /** A tag as shown on a test case. */
    record TagRef(String id, String name, String color) {}

    TestCaseView with(List<TagRef> tags, List<String> browserConfigIds) {
        return new TestCaseView(
                id,
                projectId,
                documentId,
                testDescription,
                extraRules,
                urlRoute,
                allowedDomains,
                tags,
                browserConfigIds,
                createdAt,
                updatedAt,
                version);
    }
}
