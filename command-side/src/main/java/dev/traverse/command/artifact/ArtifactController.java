package dev.traverse.command.artifact;

import dev.traverse.api.access.Access;
import dev.traverse.api.access.AccessGrant;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.command.rejection.CommandRejectedException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Uploads and serves artifacts. The body is the raw bytes; their type is sniffed (PNG, JPEG, GIF, WebP, JSON) and
 * must agree with a specific Content-Type when one is sent.
 */
@RestController
class ArtifactController {

    private final ArtifactStore store;
    private final ArtifactLimits limits;

    ArtifactController(ArtifactStore store, ArtifactLimits limits) {
        this.store = store;
        this.limits = limits;
    }

    @PostMapping(path = "/api/v1/artifacts")
    @Access(value = Permission.WRITE, kind = ResourceKind.PROJECT, resource = "project_id", scope = "runs:write")
    ResponseEntity<ArtifactStore.StoredArtifact> upload(
            @RequestParam("project_id") String projectId,
            @RequestHeader(name = "Content-Type", required = false) String declared,
            HttpServletRequest request,
            @RequestAttribute(AccessGrant.ATTRIBUTE) AccessGrant grant)
            throws IOException {
        byte[] content = readLimited(request);
        if (content.length == 0) {
            throw CommandRejectedException.invalid(null, "the body is empty; send the artifact's bytes");
        }
        String mediaType = MediaTypes.sniff(content)
                .orElseThrow(() -> new UnsupportedArtifactException(
                        "artifacts must be PNG, JPEG, GIF, WebP or JSON; these bytes are none of them"));
        if (declared != null
                && !isGeneric(declared)
                && !MediaType.parseMediaType(declared).isCompatibleWith(MediaType.parseMediaType(mediaType))) {
            throw new UnsupportedArtifactException("the bytes are " + mediaType + " but Content-Type says " + declared);
        }
        ArtifactStore.StoredArtifact stored = store.store(content, mediaType, grant.organizationId(), projectId);
        return ResponseEntity.status(stored.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/artifacts/" + stored.sha256()))
                .eTag("\"" + stored.sha256() + "\"")
                .body(stored);
    }

    @GetMapping("/api/v1/artifacts/{sha256}")
    @Access(value = Permission.READ, kind = ResourceKind.ARTIFACT, resource = "sha256")
    ResponseEntity<byte[]> download(
            @PathVariable String sha256, @RequestHeader(name = "If-None-Match", required = false) String etags) {
        String etag = "\"" + sha256 + "\"";
        // Content never changes under its hash: caches may keep it, but only for the user who fetched it.
        CacheControl forever =
                CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable();
        if (etags != null && etags.contains(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(forever)
                    .build();
        }
        ArtifactStore.Artifact artifact =
                store.load(sha256).orElseThrow(() -> CommandRejectedException.notFound("no artifact " + sha256));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(artifact.mediaType()))
                .eTag(etag)
                .cacheControl(forever)
                .header("X-Content-Type-Options", "nosniff")
                .body(artifact.content());
    }

    private byte[] readLimited(HttpServletRequest request) throws IOException {
        long max = limits.maxSize().toBytes();
        if (request.getContentLengthLong() > max) {
            throw new ArtifactTooLargeException(max);
        }
        try (InputStream input = request.getInputStream()) {
            byte[] content = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (content.length > max) {
                throw new ArtifactTooLargeException(max);
            }
            return content;
        }
    }

    private static boolean isGeneric(String declared) {
        MediaType type = MediaType.parseMediaType(declared);
        return type.equalsTypeAndSubtype(MediaType.APPLICATION_OCTET_STREAM) || type.isWildcardType();
    }
}
