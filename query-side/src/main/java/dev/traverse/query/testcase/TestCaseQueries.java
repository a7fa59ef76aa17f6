package dev.traverse.query.testcase;

import dev.traverse.query.paging.KeysetQuery;
import dev.traverse.query.paging.Page;
import dev.traverse.query.paging.PageRequest;
import dev.traverse.query.rows.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads test cases. Tags and browser configs of a page are fetched in one query each, and links to deleted tags or
 * configs are not shown.
 */
@Component
class TestCaseQueries {

    private static final String COLUMNS = "t.id, t.project_id, t.document_id, t.test_description, t.extra_rules,"
            + " t.url_route, t.allowed_domains, t.created_at, t.updated_at, t.version";

    private final JdbcTemplate jdbc;

    TestCaseQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TestCaseView> testCase(String id) {
        List<TestCaseView> found = jdbc.query(
                "SELECT " + COLUMNS + " FROM test_case t WHERE t.id = ? AND t.deleted_at IS NULL",
                TestCaseQueries::testCase,
                id);
        return withReferences(found).stream().findFirst();
    }

    /** A project's test cases; with {@code tagIds}, only those carrying every one of them. */
    Page<TestCaseView> testCases(String projectId, List<String> tagIds, PageRequest page) {
        String[] tags =
                tagIds == null ? new String[0] : tagIds.stream().distinct().toArray(String[]::new);
        Page<TestCaseView> found = KeysetQuery.page(
                jdbc,
                "SELECT " + COLUMNS + " FROM test_case t WHERE t.project_id = ? AND t.deleted_at IS NULL"
                        + " AND (cardinality(?::text[]) = 0 OR (SELECT count(*) FROM tag_test_case tt"
                        + "   JOIN tag g ON g.id = tt.tag_id AND g.deleted_at IS NULL"
                        + "   WHERE tt.test_case_id = t.id AND tt.tag_id = ANY(?::text[])) = cardinality(?::text[]))",
                "t",
                TestCaseQueries::testCase,
                page,
                projectId,
                tags,
                tags,
                tags);
        return new Page<>(withReferences(found.data()), found.nextCursor());
    }

    private List<TestCaseView> withReferences(List<TestCaseView> testCases) {
        if (testCases.isEmpty()) {
            return testCases;
        }
        String[] ids = testCases.stream().map(TestCaseView::id).toArray(String[]::new);
        Map<String, List<TestCaseView.TagRef>> tags = new HashMap<>();
        jdbc.query(
                "SELECT tt.test_case_id, g.id, g.name, g.color FROM tag_test_case tt"
                        + " JOIN tag g ON g.id = tt.tag_id AND g.deleted_at IS NULL"
                        + " WHERE tt.test_case_id = ANY(?::text[]) ORDER BY g.name, g.id",
                rs -> {
                    tags.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new TestCaseView.TagRef(rs.getString(2), rs.getString(3), rs.getString(4)));
                },
                (Object) ids);
        Map<String, List<String>> configs = new HashMap<>();
        jdbc.query(
                "SELECT cb.test_case_id, cb.browser_config_id FROM test_case_browser_config cb"
                        + " JOIN browser_config b ON b.id = cb.browser_config_id AND b.deleted_at IS NULL"
                        + " WHERE cb.test_case_id = ANY(?::text[]) ORDER BY cb.created_at, cb.browser_config_id",
                rs -> {
                    configs.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                },
                (Object) ids);
        return testCases.stream()
                .map(t -> t.with(tags.getOrDefault(t.id(), List.of()), configs.getOrDefault(t.id(), List.of())))
                .toList();
    }

    private static TestCaseView testCase(ResultSet rs, int row) throws SQLException {
        return new TestCaseView(
                rs.getString("id"),
                rs.getString("project_id"),
                rs.getString("document_id"),
                rs.getString("test_description"),
                rs.getString("extra_rules"),
                rs.getString("url_route"),
                Rows.textArray(rs, "allowed_domains"),
                List.of(),
                List.of(),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"),
                rs.getLong("version"));
    }
}
