package dev.traverse.api.access;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of resource an endpoint can address by id; an id of another kind answers like a missing one. */
public enum ResourceKind {
    ORGANIZATION,
    PROJECT,
    TAG,
    BROWSER_CONFIG,
    DOCUMENT,
    TEST_CASE,
    TRAVERSAL,
    RUN,
    SECRET,
    /** A report run: one CI test report pushed to a project. */
    REPORT,
    /** Content-addressed: may belong to several organizations; access follows the strongest membership. */
    ARTIFACT,
    /**
     * For {@link Access#kind()} only: an id of any kind, deleted resources included, as audit endpoints read the
     * history of whatever an id names, also after it was deleted.
     */
    ANY;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
