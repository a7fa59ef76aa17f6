package dev.traverse.app.isolation;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Organization A's API keys, one per matrix caller and scope; the expired one expires a moment after it is made. */
final class Keys {

    private final Map<String, String> only = new HashMap<>();
    private final Map<String, String> allBut = new HashMap<>();
    private final String expired;
    private final String every;
    private final String otherProject;
    private final String revoked;

    Keys(Tenant a) {
        String[] scopes = EndpointMatrix.SCOPES.toArray(String[]::new);
        expired = a.newKey(null, Instant.now().plusSeconds(2), scopes).token();
        every = a.newKey(null, null, scopes).token();
        otherProject = a.newKey(a.otherProject, null, scopes).token();
        Tenant.Key toRevoke = a.newKey(null, null, scopes);
        a.revoke(toRevoke);
        revoked = toRevoke.token();
        for (String scope : scopes) {
            only.put(scope, a.newKey(null, null, scope).token());
            allBut.put(
                    scope,
                    a.newKey(
                                    null,
                                    null,
                                    EndpointMatrix.SCOPES.stream()
                                            .filter(other -> !other.equals(scope))
                                            .toArray(String[]::new))
                            .token());
        }
    }

    /** An expired key, which must already have expired before it answers for {@link Caller#EXPIRED_KEY}. */
    String expired() {
        return expired;
    }

    /** The bearer token of a key caller, for a call of the row's endpoint. */
    String token(Caller caller, Row row) {
        return switch (caller) {
            case KEY_WITH_SCOPE -> row.scope() == null ? every : only.get(row.scope());
            case KEY_WITHOUT_SCOPE -> row.scope() == null ? only.get("read") : allBut.get(row.scope());
            case KEY_OF_OTHER_PROJECT -> otherProject;
            case REVOKED_KEY -> revoked;
            case EXPIRED_KEY -> expired;
            default -> throw new IllegalArgumentException(caller + " is no API key");
        };
    }
}
