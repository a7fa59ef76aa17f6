package dev.traverse.command.artifact;

import java.util.Optional;

/** Where artifact bytes live. Storing the same bytes twice keeps one copy; ownership is per organization. */
public interface ArtifactStore {

    /** Stores {@code content} (if new) for the organization and project, and returns what was stored. */
    StoredArtifact store(byte[] content, String mediaType, String organizationId, String projectId);

    /** The artifact's bytes and media type. */
    Optional<Artifact> load(String sha256);

    /** An artifact's metadata. */
    record StoredArtifact(String sha256, String mediaType, long sizeBytes, boolean created) {}

    /** An artifact's bytes. */
    record Artifact(String sha256, String mediaType, byte[] content) {}
}
