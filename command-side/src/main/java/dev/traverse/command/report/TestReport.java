package dev.traverse.command.report;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.traverse.api.report.ExpireRawReport;
import dev.traverse.api.report.IngestTestReport;
import dev.traverse.api.report.RawReportExpired;
import dev.traverse.api.report.ReportCounts;
import dev.traverse.api.report.ReportStatus;
import dev.traverse.api.report.TestReportIngested;
import dev.traverse.api.report.TestResult;
import dev.traverse.command.rejection.CommandRejectedException;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One CI test report pushed to a project. It is recorded once, with counts that must agree with its results and a
 * status that must agree with its counts; later, retention may expire its raw report, once.
 */
@Aggregate(lockFactory = "aggregateLockFactory")
public class TestReport {

    @AggregateIdentifier
    private String reportId;

    private String projectId;
    private String organizationId;
    private String rawArtifact;
    private boolean rawExpired;

    protected TestReport() {
        // For Axon: rebuilt from events.
    }

    @CommandHandler
    public TestReport(IngestTestReport command) {
        if (command.testTool() == null) {
            throw CommandRejectedException.invalid("test_tool", "test_tool must be playwright or vitest");
        }
        if (command.runAt() == null) {
            throw CommandRejectedException.invalid("run_at", "run_at is required");
        }
        CommandRejectedException.requireText(command.rawArtifact(), "raw_artifact");
        List<TestResult> results = command.results() == null ? List.of() : command.results();
        if (!ReportCounts.of(results).equals(command.counts())) {
            throw CommandRejectedException.invalid("counts", "the counts do not match the results");
        }
        if (command.shardIndex() != null
                && (command.shardTotal() == null
                        || command.shardIndex() < 1
                        || command.shardIndex() > command.shardTotal())) {
            throw CommandRejectedException.invalid("shard_index", "a shard is numbered from 1 to shard_total");
        }
        List<String> errors = command.errors() == null ? List.of() : command.errors();
        ReportStatus expected = command.counts().failed() > 0 || !errors.isEmpty()
                ? ReportStatus.FAILED
                : command.incompleteReason() != null ? ReportStatus.PARTIAL : ReportStatus.PASSED;
        if (command.status() != expected) {
            throw CommandRejectedException.invalid(
                    "status", "a report with these counts and errors is " + expected.wireName());
        }
        apply(new TestReportIngested(
                command.reportId(),
                command.projectId(),
                command.organizationId(),
                command.testTool(),
                command.toolVersion(),
                command.runAt(),
                command.commitHash(),
                command.branch(),
                command.creator(),
                command.duration(),
                command.status(),
                command.counts(),
                command.shardIndex(),
                command.shardTotal(),
                command.incompleteReason(),
                errors,
                command.rawArtifact(),
                command.rawSizeBytes(),
                results));
    }

    /** Returns whether the raw report expired now; false when it had already. */
    @CommandHandler
    public boolean handle(ExpireRawReport command) {
        if (rawExpired) {
            return false;
        }
        apply(new RawReportExpired(reportId, projectId, organizationId, rawArtifact, command.rawDeleted()));
        return true;
    }

    @EventSourcingHandler
    void on(TestReportIngested event) {
        reportId = event.reportId();
        projectId = event.projectId();
        organizationId = event.organizationId();
        rawArtifact = event.rawArtifact();
    }

    @EventSourcingHandler
    void on(RawReportExpired event) {
        rawExpired = true;
    }
}
