package dev.traverse.command.project;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.traverse.api.access.Access;
import dev.traverse.api.access.AccessGrant;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.command.web.IfMatch;
import dev.traverse.command.web.Patch;
import dev.traverse.command.web.Written;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Creates, changes and deletes a project's documents, including their 1:1 link to a test case. */
@RestController
class DocumentController {

    /** One mebibyte of text is far beyond any test specification we have seen, and keeps events small. */
    static final int MAX_CONTENT = 1_048_576;

    private final DocumentCommands documents;

    DocumentController(DocumentCommands documents) {
        this.documents = documents;
    }

    @PostMapping("/api/v1/projects/{id}/documents")
    @Access(value = Permission.WRITE, kind = ResourceKind.PROJECT, resource = "id")
    ResponseEntity<Written> create(@PathVariable String id, @Valid @RequestBody CreateDocumentRequest request) {
        String documentId = documents.create(id, request.name(), request.content(), request.testCaseId());
        return Written.created("/api/v1/documents/" + documentId, documentId, 1);
    }

    @PatchMapping("/api/v1/documents/{id}")
    @Access(value = Permission.WRITE, kind = ResourceKind.DOCUMENT, resource = "id")
    ResponseEntity<Written> update(
            @PathVariable String id,
            @Valid @RequestBody UpdateDocumentRequest request,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @RequestAttribute(AccessGrant.ATTRIBUTE) AccessGrant grant) {
        long version = documents.update(
                grant.projectId(),
                id,
                Patch.change(request.name()),
                Patch.change(request.content()),
                Patch.change(request.testCaseId()),
                IfMatch.expectedVersion(ifMatch));
        return Written.updated(id, version);
    }

    @DeleteMapping("/api/v1/documents/{id}")
    @Access(value = Permission.WRITE, kind = ResourceKind.DOCUMENT, resource = "id")
    ResponseEntity<Void> delete(
            @PathVariable String id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @RequestAttribute(AccessGrant.ATTRIBUTE) AccessGrant grant) {
        documents.delete(grant.projectId(), id, IfMatch.expectedVersion(ifMatch));
        return Written.deleted();
    }

    record CreateDocumentRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull @Size(max = MAX_CONTENT) String content,
            @Size(max = 64) String testCaseId) {}

    /** PATCH body: a field left out stays as it is, a field sent as null is cleared. */
    static final class UpdateDocumentRequest {

        @JsonProperty
        private Optional<@NotBlank @Size(max = 200) String> name;

        @JsonProperty
        private Optional<@NotNull @Size(max = MAX_CONTENT) String> content;

        @JsonProperty
        private Optional<@Size(max = 64) String> testCaseId;

        Optional<String> name() {
            return name;
        }

        Optional<String> content() {
            return content;
        }

        Optional<String> testCaseId() {
            return testCaseId;
        }
    }
}
