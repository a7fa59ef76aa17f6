package dev.traverse.command.report;

import dev.traverse.api.access.Access;
import dev.traverse.api.access.AccessGrant;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.command.artifact.ArtifactStore;
import dev.traverse.command.rejection.CommandRejectedException;
import dev.traverse.command.rejection.Rejection;
import dev.traverse.command.web.IfMatch;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives CI test reports (the raw Playwright or Vitest JSON as the body, metadata as query parameters; or a
 * multipart form) and serves the raw report back until retention expires it.
 */
@RestController
class ReportController {

    private final ReportIngestion ingestion;
    private final RawReports raws;
    private final ArtifactStore artifacts;
    private final DataSize maxSize;

    ReportController(
            ReportIngestion ingestion,
            RawReports raws,
            ArtifactStore artifacts,
            @Value("${traverse.reports.max-size:32MB}") DataSize maxSize) {
        this.ingestion = ingestion;
        this.raws = raws;
        this.artifacts = artifacts;
        this.maxSize = maxSize;
    }

    @PostMapping("/api/v1/projects/{id}/reports")
    @Access(value = Permission.WRITE, kind = ResourceKind.PROJECT, resource = "id", scope = "reports:write")
    ResponseEntity<ReportIngestion.Receipt> ingest(
            @PathVariable String id,
            HttpServletRequest request,
            @RequestAttribute(AccessGrant.ATTRIBUTE) AccessGrant grant)
            throws IOException {
        ReportIngestion.Receipt receipt = ingestion.ingest(grant, ReportUpload.read(request, maxSize.toBytes()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/reports/" + receipt.id()))
                .eTag(IfMatch.etag(receipt.version()))
                .body(receipt);
    }

    /** The report exactly as it was pushed; 410 once retention expired it. */
    @GetMapping("/api/v1/reports/{id}/raw")
    @Access(value = Permission.READ, kind = ResourceKind.REPORT, resource = "id")
    ResponseEntity<byte[]> raw(@PathVariable String id) {
        RawReports.Raw raw = raws.find(id).orElseThrow(() -> CommandRejectedException.notFound("no report " + id));
        ArtifactStore.Artifact artifact =
                raw.expiredAt() == null ? artifacts.load(raw.sha256()).orElse(null) : null;
        if (artifact == null) {
            throw new CommandRejectedException(
                    Rejection.GONE,
                    null,
                    "the raw report was deleted by retention"
                            + (raw.expiredAt() == null ? "" : " on " + raw.expiredAt())
                            + "; its summary and results are kept");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .eTag("\"" + raw.sha256() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename=\"report-" + id + ".json\"")
                .body(artifact.content());
    }
}
