package dev.traverse.api.traversal;

import dev.traverse.api.organization.OrganizationScoped;
import org.axonframework.serialization.Revision;

/**
 * An agent history file (browser-use's AgentHistoryList) was imported into a path version. The file itself is kept
 * as the artifact {@code raw_artifact} (its SHA-256); {@code detected_format} names the browser-use era it came from.
 */
@Revision("1")
public record HistoryImported(
        String traversalId,
        String testCaseId,
        String projectId,
        String organizationId,
        int version,
        String runId,
        String rawArtifact,
        String detectedFormat,
        int steps)
        implements OrganizationScoped {}
