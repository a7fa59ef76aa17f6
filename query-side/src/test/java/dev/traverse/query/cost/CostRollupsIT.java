package dev.traverse.query.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.api.testrun.Usage;
import dev.traverse.api.testrun.UsageRecorded;
import dev.traverse.query.ReadModel;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cost endpoints answer from three rollups (per project and day; per project, month, test case and model; per
 * project, day, test case and model for the ends of a range). Whatever the range and grouping, the answer must be the
 * sum of the usage rows themselves: these tests compare the two over usage spread across four months and two projects.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CostRollupsIT {

    private static final String ORG = "org1";
    private static final String[] PROJECTS = {"p1", "p2"};
    private static final String[] MODELS = {"gpt-4o", "claude-sonnet-4", "gemini-2.5-pro"};
    private static final Instant START = Instant.parse("2026-01-20T05:00:00Z");

    private ReadModel readModel;
    private CostQueries queries;

    @BeforeAll
    void project() {
        readModel = ReadModel.create();
        List<EventMessage<?>> events = new ArrayList<>();
        // Every 13 hours for 100 days (20 January to 29 April): usage on every day, in every month partly or wholly.
        for (int n = 0; n < 185; n++) {
            readModel.clock(START.plus(Duration.ofHours(13L * n)));
            String project = PROJECTS[n % 2];
            String run = "r" + (n / 4);
            List<Usage> usages = List.of(
                    new Usage(n * 2, MODELS[n % 3], 1000 + n, 100 + n % 7, null, null, dollars(n, 1), "caller"),
                    new Usage(n * 2 + 1, MODELS[(n + 1) % 3], 500, 50, null, null, dollars(n, 2), "caller"));
            events.add(readModel.event(
                    run + project, new UsageRecorded(run + project, "t1", "tc" + n % 5, project, ORG, usages)));
        }
        readModel.applyInBatches(events, 50);
        queries = readModel.bean(CostQueries.class);
    }

    @AfterAll
    void close() {
        readModel.close();
    }

    private static BigDecimal dollars(int n, int k) {
        return BigDecimal.valueOf(1234L * n + 777L * k, 9);
    }

    @ParameterizedTest(name = "{0} of {1} from {2} to {3}")
    @CsvSource({
        "DAY, organization_id, 2026-01-01, 2026-12-31",
        "MODEL, organization_id, 2026-01-01, 2026-12-31",
        "TEST_CASE, organization_id, 2026-01-25, 2026-04-10",
        "PROJECT, organization_id, 2026-02-01, 2026-03-31",
        "MODEL, project_id, 2026-02-01, 2026-03-31",
        "MODEL, project_id, 2026-02-02, 2026-03-30",
        "TEST_CASE, project_id, 2026-02-01, 2026-02-28",
        "TEST_CASE, project_id, 2026-02-10, 2026-02-20",
        "MODEL, organization_id, 2026-03-31, 2026-04-01",
        "DAY, project_id, 2026-04-29, 2026-04-29",
        "MODEL, organization_id, 2026-01-20, 2026-04-30"
    })
    void everyRangeAndGroupingSumsExactlyTheUsage(String groupBy, String scope, LocalDate from, LocalDate to) {
        String id = scope.equals("project_id") ? "p2" : ORG;
        CostQueries.GroupBy grouping = CostQueries.GroupBy.valueOf(groupBy);
        List<CostQueries.CostRollup.Group> expected = usageSums(scope, id, grouping, from, to);
        assertThat(expected).isNotEmpty();
        CostQueries.CostRollup rollup = queries.rollup(scope, id, grouping, from, to);
        assertThat(rollup.groups())
                .usingRecursiveFieldByFieldElementComparator(
                        org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                                .build())
                .containsExactlyElementsOf(expected);
        assertThat(rollup.totalCostInDollars())
                .isEqualByComparingTo(expected.stream()
                        .map(CostQueries.CostRollup.Group::costInDollars)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private List<CostQueries.CostRollup.Group> usageSums(
            String scope, String id, CostQueries.GroupBy groupBy, LocalDate from, LocalDate to) {
        String day = "(recorded_at AT TIME ZONE 'UTC')::date";
        String key = switch (groupBy) {
            case DAY -> day + "::text";
            case MODEL -> "model_type";
            case TEST_CASE -> "test_case_id";
            case PROJECT -> "project_id";
        };
        return readModel
                .jdbc()
                .query(
                        "SELECT " + key
                                + ", sum(input_token_num), sum(completion_token_num), sum(cost_in_dollars), count(*)"
                                + " FROM usage WHERE " + scope + " = ? AND " + day
                                + " BETWEEN ? AND ? GROUP BY 1 ORDER BY 1",
                        (rs, row) -> new CostQueries.CostRollup.Group(
                                rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4), rs.getLong(5)),
                        id,
                        from,
                        to);
    }
}
