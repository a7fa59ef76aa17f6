package dev.traverse.query.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Sums the cost rollups of a project or an organization over a range of days, grouped as asked. */
@Component
class CostQueries {

    /** How a rollup is grouped, and the rollup column that is the group's key. */
    enum GroupBy {
        DAY("day::text"),
        MODEL("model_type"),
        TEST_CASE("test_case_id"),
        PROJECT("project_id");

        private final String key;

        GroupBy(String key) {
            this.key = key;
        }

        String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final JdbcTemplate jdbc;

    CostQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The rollup of one project or one organization: {@code scopeColumn} is project_id or organization_id. Day and
     * project groups sum the per-project daily rollup; model and test case groups sum the monthly rollup for the
     * range's whole months and the daily rollup for the days before and after them.
     */
    CostRollup rollup(String scopeColumn, String scopeId, GroupBy groupBy, LocalDate from, LocalDate to) {
        RowMapper<CostRollup.Group> group = (rs, row) ->
                new CostRollup.Group(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4), rs.getLong(5));
        String sums =
                " AS key, sum(input_token_num), sum(completion_token_num), sum(cost_in_dollars), sum(usage_count)";
        List<CostRollup.Group> groups;
        LocalDate firstMonth =
                from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate afterMonths = to.plusDays(1).withDayOfMonth(1);
        if (groupBy == GroupBy.DAY || groupBy == GroupBy.PROJECT || !firstMonth.isBefore(afterMonths)) {
            String table = groupBy == GroupBy.DAY || groupBy == GroupBy.PROJECT
                    ? "cost_rollup_project_daily"
                    : "cost_rollup_daily";
            groups = jdbc.query(
                    "SELECT " + groupBy.key + sums + " FROM " + table + " WHERE " + scopeColumn
                            + " = ? AND day >= ? AND day <= ? GROUP BY 1 ORDER BY 1",
                    group,
                    scopeId,
                    from,
                    to);
        } else {
            groups = jdbc.query(
                    "SELECT key, sum(i), sum(c), sum(d), sum(n) FROM ("
                            + "SELECT " + groupBy.key + " AS key, input_token_num i, completion_token_num c,"
                            + " cost_in_dollars d, usage_count n FROM cost_rollup_monthly WHERE " + scopeColumn
                            + " = ? AND month >= ? AND month < ?"
                            + " UNION ALL SELECT " + groupBy.key + ", input_token_num, completion_token_num,"
                            + " cost_in_dollars, usage_count FROM cost_rollup_daily WHERE " + scopeColumn
                            + " = ? AND ((day >= ? AND day < ?) OR (day >= ? AND day <= ?))"
                            + ") r GROUP BY 1 ORDER BY 1",
                    group,
                    scopeId,
                    firstMonth,
                    afterMonths,
                    scopeId,
                    from,
                    firstMonth,
                    afterMonths,
                    to);
        }
        BigDecimal total =
                groups.stream().map(CostRollup.Group::costInDollars).reduce(BigDecimal.ZERO, BigDecimal::add);
        long input = groups.stream().mapToLong(CostRollup.Group::inputTokenNum).sum();
        long completion =
                groups.stream().mapToLong(CostRollup.Group::completionTokenNum).sum();
        return new CostRollup(groupBy.wireName(), from, to, total, input, completion, groups);
    }

    /**
     * A cost rollup.
     *
     * @param groupBy how {@code groups} are keyed: day, model, test_case or project
     * @param from first day (UTC), inclusive
     * @param to last day (UTC), inclusive
     */
    record CostRollup(
            String groupBy,
            LocalDate from,
            LocalDate to,
            BigDecimal totalCostInDollars,
            long totalInputTokenNum,
            long totalCompletionTokenNum,
            List<Group> groups) {

        record Group(
                String key, long inputTokenNum, long completionTokenNum, BigDecimal costInDollars, long usageCount) {}
    }
}
