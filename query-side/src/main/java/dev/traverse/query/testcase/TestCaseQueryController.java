package dev.traverse.query.testcase;

import dev.traverse.api.access.Access;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.query.http.Found;
import dev.traverse.query.paging.Page;
import dev.traverse.query.paging.PageRequest;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads a project's test cases, optionally only those carrying given tags. */
@RestController
class TestCaseQueryController {

    private final TestCaseQueries queries;

    TestCaseQueryController(TestCaseQueries queries) {
        this.queries = queries;
    }

    /** {@code tag_id} may repeat: a test case must carry every tag named. */
    @GetMapping("/api/v1/projects/{id}/test-cases")
    @Access(value = Permission.READ, kind = ResourceKind.PROJECT, resource = "id")
    Page<TestCaseView> testCases(
            @PathVariable String id,
            @RequestParam(name = "tag_id", required = false) List<String> tagIds,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return queries.testCases(id, tagIds, PageRequest.of(limit, cursor));
    }

    @GetMapping("/api/v1/test-cases/{id}")
    @Access(value = Permission.READ, kind = ResourceKind.TEST_CASE, resource = "id")
    ResponseEntity<TestCaseView> testCase(
            @PathVariable String id, @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String etags) {
        return Found.of(queries.testCase(id), TestCaseView::version, etags, "test case");
    }
}
