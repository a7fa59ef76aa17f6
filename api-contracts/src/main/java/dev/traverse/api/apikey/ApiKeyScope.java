package dev.traverse.api.apikey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** What an API key may do. A key may hold several scopes. */
public enum ApiKeyScope {
    /** Read everything in the key's organization (or project). */
    READ("read"),
    /** Start runs, record paths, history and usage, import histories, upload artifacts. */
    RUNS_WRITE("runs:write"),
    /** Push CI test reports. */
    REPORTS_WRITE("reports:write"),
    /** Read secret values (every read is recorded). */
    SECRETS_REVEAL("secrets:reveal"),
    /** Read the audit endpoints. */
    AUDIT("audit");

    private final String wireName;

    ApiKeyScope(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    public static ApiKeyScope fromWireName(String value) {
        return Arrays.stream(values())
                .filter(scope -> scope.wireName.equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "scope must be one of read, runs:write, reports:write, secrets:reveal, audit"));
    }
}
