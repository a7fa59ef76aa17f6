package dev.traverse.command.browseruse;

import dev.traverse.api.access.Access;
import dev.traverse.api.access.AccessGrant;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.command.artifact.ArtifactTooLargeException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Imports a browser-use AgentHistoryList JSON (the body, as saved by {@code save_to_file}) into a traversal. */
@RestController
class ImportController {

    private final BrowserUseImporter importer;
    private final DataSize maxSize;

    ImportController(BrowserUseImporter importer, @Value("${traverse.imports.max-size:64MB}") DataSize maxSize) {
        this.importer = importer;
        this.maxSize = maxSize;
    }

    @PostMapping("/api/v1/traversals/{id}/import/browser-use")
    @Access(value = Permission.WRITE, kind = ResourceKind.TRAVERSAL, resource = "id", scope = "runs:write")
    ResponseEntity<BrowserUseImporter.ImportResult> importHistory(
            @PathVariable String id,
            @RequestParam(name = "create_run", defaultValue = "true") boolean createRun,
            @RequestParam(required = false) String model,
            HttpServletRequest request,
            @RequestAttribute(AccessGrant.ATTRIBUTE) AccessGrant grant)
            throws IOException {
        byte[] file = read(request);
        return ResponseEntity.status(HttpStatus.CREATED).body(importer.importHistory(grant, file, createRun, model));
    }

    private byte[] read(HttpServletRequest request) throws IOException {
        long max = maxSize.toBytes();
        if (request.getContentLengthLong() > max) {
            throw new ArtifactTooLargeException(max);
        }
        try (InputStream input = request.getInputStream()) {
            byte[] file = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (file.length > max) {
                throw new ArtifactTooLargeException(max);
            }
            return file;
        }
    }
}
