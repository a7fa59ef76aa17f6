package dev.traverse.command.artifact;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps artifacts in {@code ws.artifact}, their owners in {@code ws.artifact_owner}. */
@Component
class PostgresArtifactStore implements ArtifactStore {

    private final JdbcTemplate jdbc;

    PostgresArtifactStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public StoredArtifact store(byte[] content, String mediaType, String organizationId, String projectId) {
        String sha256 = sha256(content);
        boolean created = jdbc.update(
                        "INSERT INTO ws.artifact (sha256, media_type, size_bytes, content) VALUES (?, ?, ?, ?)"
                                + " ON CONFLICT (sha256) DO NOTHING",
                        sha256,
                        mediaType,
                        content.length,
                        content)
                == 1;
        // Counting every store lets report retention tell whether the bytes serve anything besides its reports.
        jdbc.update(
                "INSERT INTO ws.artifact_owner (sha256, organization_id, project_id) VALUES (?, ?, ?)"
                        + " ON CONFLICT (sha256, organization_id)"
                        + " DO UPDATE SET store_count = ws.artifact_owner.store_count + 1",
                sha256,
                organizationId,
                projectId);
        String stored = created
                ? mediaType
                : jdbc.queryForObject("SELECT media_type FROM ws.artifact WHERE sha256 = ?", String.class, sha256);
        return new StoredArtifact(sha256, stored, content.length, created);
    }

    @Override
    public Optional<Artifact> load(String sha256) {
        return jdbc
                .query(
                        "SELECT media_type, content FROM ws.artifact WHERE sha256 = ?",
                        (rs, row) -> new Artifact(sha256, rs.getString(1), rs.getBytes(2)),
                        sha256)
                .stream()
                .findFirst();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
