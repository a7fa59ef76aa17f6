package dev.traverse.command.testcase;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.traverse.api.access.Access;
import dev.traverse.api.access.AccessGrant;
import dev.traverse.api.access.Permission;
import dev.traverse.api.access.ResourceKind;
import dev.traverse.api.testcase.CreateTestCase;
import dev.traverse.api.testcase.UpdateTestCase;
import dev.traverse.command.id.Ids;
import dev.traverse.command.validation.HostName;
import dev.traverse.command.web.IfMatch;
import dev.traverse.command.web.Patch;
import dev.traverse.command.web.Written;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
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

/**
 * Creates, changes and deletes test cases. A PATCH's {@code tag_ids} and {@code browser_config_ids} replace the
 * attached sets; {@code document_id} links, relinks or (null) unlinks a document.
 */
@RestController
class TestCaseController {

    static final int MAX_TEXT = 20_000;
    static final int MAX_REFERENCES = 100;

    private final TestCaseCommands testCases;

    TestCaseController(TestCaseCommands testCases) {
        this.testCases = testCases;
    }

    @PostMapping("/api/v1/projects/{id}/test-cases")
    @Access(value = Permission.WRITE, kind = ResourceKind.PROJECT, resource = "id")
    ResponseEntity<Written> create(
            @PathVariable String id,
            @Valid @RequestBody CreateTestCaseRequest request,
            @RequestAttribute(AccessGrant.ATTRIBUTE) AccessGrant grant) {
        String testCaseId = Ids.next();
        testCases.create(new CreateTestCase(
                testCaseId,
                id,
                grant.organizationId(),
                request.testDescription(),
                request.extraRules(),
                request.urlRoute(),
                request.allowedDomains(),
                request.documentId(),
                request.tagIds(),
                request.browserConfigIds()));
        return Written.created("/api/v1/test-cases/" + testCaseId, testCaseId, 1);
    }

    @PatchMapping("/api/v1/test-cases/{id}")
    @Access(value = Permission.WRITE, kind = ResourceKind.TEST_CASE, resource = "id")
    ResponseEntity<Written> update(
            @PathVariable String id,
            @Valid @RequestBody UpdateTestCaseRequest request,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @RequestAttribute(AccessGrant.ATTRIBUTE) AccessGrant grant) {
        long version = testCases.update(
                grant.projectId(),
                new UpdateTestCase(
                        id,
                        Patch.change(request.testDescription()),
                        Patch.change(request.extraRules()),
                        Patch.change(request.urlRoute()),
                        Patch.change(request.allowedDomains()),
                        Patch.change(request.documentId()),
                        Patch.change(request.tagIds()),
                        Patch.change(request.browserConfigIds()),
                        IfMatch.expectedVersion(ifMatch)));
        return Written.updated(id, version);
    }

    @DeleteMapping("/api/v1/test-cases/{id}")
    @Access(value = Permission.WRITE, kind = ResourceKind.TEST_CASE, resource = "id")
    ResponseEntity<Void> delete(
            @PathVariable String id,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @RequestAttribute(AccessGrant.ATTRIBUTE) AccessGrant grant) {
        testCases.delete(grant.projectId(), id, IfMatch.expectedVersion(ifMatch));
        return Written.deleted();
    }

    record CreateTestCaseRequest(
            @NotBlank @Size(max = MAX_TEXT) String testDescription,
            @Size(max = MAX_TEXT) String extraRules,
            @Size(max = 2048) String urlRoute,
            @Size(max = MAX_REFERENCES) List<@NotNull @HostName String> allowedDomains,
            @Size(max = 64) String documentId,
            @Size(max = MAX_REFERENCES) List<@NotBlank String> tagIds,
            @Size(max = MAX_REFERENCES) List<@NotBlank String> browserConfigIds) {}

    /** PATCH body: a field left out stays as it is, a field sent as null is cleared. */
    static final class UpdateTestCaseRequest {

        @JsonProperty
        private Optional<@NotBlank @Size(max = MAX_TEXT) String> testDescription;

        @JsonProperty
        private Optional<@Size(max = MAX_TEXT) String> extraRules;

        @JsonProperty
        private Optional<@Size(max = 2048) String> urlRoute;

        @JsonProperty
        private Optional<@Size(max = MAX_REFERENCES) List<@NotNull @HostName String>> allowedDomains;

        @JsonProperty
        private Optional<@Size(max = 64) String> documentId;

        @JsonProperty
        private Optional<@Size(max = MAX_REFERENCES) List<@NotBlank String>> tagIds;

        @JsonProperty
        private Optional<@Size(max = MAX_REFERENCES) List<@NotBlank String>> browserConfigIds;

        Optional<String> testDescription() {
            return testDescription;
        }

        Optional<String> extraRules() {
            return extraRules;
        }

        Optional<String> urlRoute() {
            return urlRoute;
        }

        Optional<List<String>> allowedDomains() {
            return allowedDomains;
        }

        Optional<String> documentId() {
            return documentId;
        }

        Optional<List<String>> tagIds() {
            return tagIds;
        }

        Optional<List<String>> browserConfigIds() {
            return browserConfigIds;
        }
    }
}
