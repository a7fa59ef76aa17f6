package dev.traverse.api.testcase;

import dev.traverse.api.change.Change;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes any of a test case's fields. {@code tagIds} and {@code browserConfigIds}, when present, replace the
 * attached sets (the difference becomes attach and detach events); {@code documentId} links, relinks or (null)
 * unlinks a document.
 */
public record UpdateTestCase(
        @TargetAggregateIdentifier String testCaseId,
        Change<String> testDescription,
        Change<String> extraRules,
        Change<String> urlRoute,
        Change<List<String>> allowedDomains,
        Change<String> documentId,
        Change<List<String>> tagIds,
        Change<List<String>> browserConfigIds,
        Long expectedVersion) {}
