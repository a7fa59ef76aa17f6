package dev.traverse.command.report;

import dev.traverse.api.report.ExpireRawReport;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes raw reports older than {@code traverse.reports.retention} (90 days by default); report runs and their
 * results stay. Artifacts are content-addressed and shared, so the bytes go only when nothing else needs them: no
 * report whose raw is still kept has the same bytes, and every time an organization stored those bytes was for one
 * of its reports ({@code ws.artifact_owner.store_count}). Otherwise the report's raw expires but the bytes stay.
 * Each report expires in its own transaction; nodes running the job at once skip each other's rows.
 */
@Component
public class ReportRetention {

    private static final Logger log = LoggerFactory.getLogger(ReportRetention.class);
    private static final int PAGE = 100;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final CommandGateway commands;
    private final Duration retention;

    ReportRetention(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            CommandGateway commands,
            @Value("${traverse.reports.retention:90d}") Duration retention) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.commands = commands;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${traverse.reports.retention-interval:1h}", initialDelayString = "PT5M")
    void scheduled() {
        int expired = expireReportsPushedBefore(Instant.now().minus(retention));
        if (expired > 0) {
            log.info("retention expired the raw reports of {} report runs", expired);
        }
    }

    /** Expires the raw reports of report runs pushed before {@code cutoff}; returns how many expired now. */
    public int expireReportsPushedBefore(Instant cutoff) {
        Set<String> seen = new HashSet<>();
        int expired = 0;
        while (true) {
            List<String> candidates = jdbc.queryForList(
                    "SELECT report_id FROM ws.report_run WHERE raw_expired_at IS NULL AND ingested_at < ?"
                            + " ORDER BY ingested_at, report_id LIMIT ?",
                    String.class,
                    OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC),
                    PAGE + seen.size());
            boolean progress = false;
            for (String reportId : candidates) {
                if (seen.add(reportId)) {
                    progress = true;
                    try {
                        if (Boolean.TRUE.equals(transactions.execute(status -> expire(reportId)))) {
                            expired++;
                        }
                    } catch (RuntimeException e) {
                        // One report that cannot expire now must not hold up the others; the next run retries it.
                        log.warn("retention could not expire the raw report of {}", reportId, e);
                    }
                }
            }
            if (!progress) {
                return expired;
            }
        }
    }

    private boolean expire(String reportId) {
        List<String> locked = jdbc.queryForList(
                "SELECT raw_artifact FROM ws.report_run WHERE report_id = ? AND raw_expired_at IS NULL"
                        + " FOR UPDATE SKIP LOCKED",
                String.class,
                reportId);
        if (locked.isEmpty()) {
            return false;
        }
        boolean deleted = deleteIfUnused(locked.get(0), reportId);
        return Boolean.TRUE.equals(commands.sendAndWait(new ExpireRawReport(reportId, deleted)));
    }

    /** Deletes the bytes when no other report keeps them and no other upload stored them; returns whether it did. */
    private boolean deleteIfUnused(String sha256, String reportId) {
        List<String> artifact =
                jdbc.queryForList("SELECT sha256 FROM ws.artifact WHERE sha256 = ? FOR UPDATE", String.class, sha256);
        if (artifact.isEmpty()) {
            return true;
        }
        Integer kept = jdbc.queryForObject(
                "SELECT count(*) FROM ws.report_run WHERE raw_artifact = ? AND raw_expired_at IS NULL"
                        + " AND report_id <> ?",
                Integer.class,
                sha256,
                reportId);
        // Each report stored the bytes once for its organization; more stores than reports means another use.
        Integer otherUses = jdbc.queryForObject("""
                SELECT count(*) FROM ws.artifact_owner o
                WHERE o.sha256 = ?
                  AND o.store_count > (SELECT count(*) FROM ws.report_run r
                                       WHERE r.raw_artifact = o.sha256 AND r.organization_id = o.organization_id)
                """, Integer.class, sha256);
        if (kept == null || kept > 0 || otherUses == null || otherUses > 0) {
            return false;
        }
        jdbc.update("DELETE FROM ws.artifact_owner WHERE sha256 = ?", sha256);
        jdbc.update("DELETE FROM ws.artifact WHERE sha256 = ?", sha256);
        return true;
    }
}
