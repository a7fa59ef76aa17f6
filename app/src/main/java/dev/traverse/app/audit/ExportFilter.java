package dev.traverse.app.audit;

import java.time.Instant;
import java.util.List;

/**
 * Which of an organization's events an export streams, besides their position: a project, an aggregate type and a
 * time range, each optional.
 *
 * @param organizationId the organization exported
 * @param projectId only events whose payload names this project, or {@code null}
 * @param aggregateType only events of this aggregate type, or {@code null}
 * @param from only events at or after this time, or {@code null}
 * @param to only events before this time, or {@code null}
 */
record ExportFilter(String organizationId, String projectId, String aggregateType, Instant from, Instant to) {

    /** The SQL condition, after {@code WHERE}, and its parameters appended to {@code arguments}. */
    String where(List<Object> arguments) {
        StringBuilder where = new StringBuilder("organization_id = ?");
        arguments.add(organizationId);
        if (projectId != null) {
            where.append(" AND convert_from(payload, 'UTF8')::jsonb ->> 'project_id' = ?");
            arguments.add(projectId);
        }
        if (aggregateType != null) {
            where.append(" AND type = ?");
            arguments.add(aggregateType);
        }
        if (from != null) {
            where.append(" AND time_stamp::timestamptz >= ?::timestamptz");
            arguments.add(from.toString());
        }
        if (to != null) {
            where.append(" AND time_stamp::timestamptz < ?::timestamptz");
            arguments.add(to.toString());
        }
        return where.toString();
    }
}
