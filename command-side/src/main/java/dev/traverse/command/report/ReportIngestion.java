package dev.traverse.command.report;

import dev.traverse.api.access.AccessGrant;
import dev.traverse.api.report.IngestTestReport;
import dev.traverse.api.report.ReportCounts;
import dev.traverse.command.artifact.ArtifactStore;
import dev.traverse.command.artifact.MediaTypes;
import dev.traverse.command.directory.Directory;
import dev.traverse.command.id.Ids;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a pushed report into a report run: validates the metadata, parses the report (everything is refused before
 * anything is written), keeps the raw bytes as an artifact and records the normalized report, all in the request's
 * transaction.
 */
@Service
class ReportIngestion {

    private final ReportParser parser;
    private final ArtifactStore artifacts;
    private final CommandGateway commands;
    private final Directory directory;

    ReportIngestion(
            ArtifactStore artifacts,
            CommandGateway commands,
            Directory directory,
            @Value("${traverse.reports.max-tests:20000}") int maxTests) {
        this.parser = new ReportParser(maxTests);
        this.artifacts = artifacts;
        this.commands = commands;
        this.directory = directory;
    }

    /** What a push produced: the new report run's id, version and summary. */
    record Receipt(
            String id,
            long version,
            String testTool,
            String status,
            Instant runAt,
            Long duration,
            int total,
            int passed,
            int failed,
            int flaky,
            int skipped,
            int todo,
            String incompleteReason,
            String rawArtifact) {}

    @Transactional
    Receipt ingest(AccessGrant project, ReportUpload upload) {
        ReportMetadata metadata = ReportMetadata.of(upload.fields());
        directory.requireOpenProject(project.projectId());
        ParsedReport report = parser.parse(upload.report(), metadata.testTool());
        String raw = artifacts
                .store(upload.report(), MediaTypes.JSON, project.organizationId(), project.projectId())
                .sha256();
        String reportId = Ids.next();
        Instant runAt =
                metadata.runAt() != null ? metadata.runAt() : report.runAt() != null ? report.runAt() : Instant.now();
        ReportCounts counts = report.counts();
        commands.sendAndWait(new IngestTestReport(
                reportId,
                project.projectId(),
                project.organizationId(),
                report.tool(),
                report.toolVersion(),
                runAt,
                metadata.commitHash(),
                metadata.branch(),
                metadata.creator(),
                report.duration(),
                report.status(),
                counts,
                report.shardIndex(),
                report.shardTotal(),
                report.incompleteReason(),
                report.errors(),
                raw,
                upload.report().length,
                report.results()));
        return new Receipt(
                reportId,
                1,
                report.tool().wireName(),
                report.status().wireName(),
                runAt,
                report.duration(),
                counts.total(),
                counts.passed(),
                counts.failed(),
                counts.flaky(),
                counts.skipped(),
                counts.todo(),
                report.incompleteReason(),
                raw);
    }
}
