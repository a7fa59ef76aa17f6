package dev.traverse.api.report;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/**
 * Retention expired the raw report of a report run: it is no longer downloadable. Its summary and per-test results
 * stay. {@code raw_deleted} is false when the same bytes are still needed elsewhere (another report, another upload)
 * and were kept.
 */
@Revision("1")
public record RawReportExpired(
        String reportId, String projectId, String organizationId, String rawArtifact, boolean rawDeleted)
        implements OrganizationScoped {}
