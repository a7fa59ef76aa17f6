package dev.traverse.command.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The write side's view of report runs ({@code ws.report_run}): which raw artifact each keeps, and until when. */
@Component
class RawReports {

    private final JdbcTemplate jdbc;

    RawReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A report's raw artifact and when retention expired it (null: still kept). */
    record Raw(String reportId, String organizationId, String sha256, Instant expiredAt) {}

    Optional<Raw> find(String reportId) {
        return jdbc
                .query(
                        "SELECT organization_id, raw_artifact, raw_expired_at FROM ws.report_run WHERE report_id = ?",
                        (rs, row) -> {
                            OffsetDateTime expired = rs.getObject(3, OffsetDateTime.class);
                            return new Raw(
                                    reportId,
                                    rs.getString(1),
                                    rs.getString(2),
                                    expired == null ? null : expired.toInstant());
                        },
                        reportId)
                .stream()
                .findFirst();
    }
}
