package dev.traverse.app.security;

import dev.traverse.app.access.ApiKeyAuthentication;
import dev.traverse.command.apikey.ApiKeyFormat;
import dev.traverse.command.apikey.ApiKeyHasher;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Authenticates {@code Authorization: Bearer crk_live_...}. A malformed key is refused by its checksum before any
 * lookup; a well-formed one is looked up by its keyed hash. Unknown, revoked, expired and malformed keys all fail the
 * same way, so a caller learns nothing about which it was.
 */
class ApiKeyAuthenticationProvider implements AuthenticationProvider {

    private static final String REFUSED = "invalid API key";
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final ApiKeyHasher hasher;
    private final Map<String, Instant> lastTouched = new ConcurrentHashMap<>();

    ApiKeyAuthenticationProvider(JdbcTemplate jdbc, ApiKeyHasher hasher) {
        this.jdbc = jdbc;
        this.hasher = hasher;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        if (!hasher.configured() || !ApiKeyFormat.isWellFormed(token)) {
            throw new InvalidBearerTokenException(REFUSED);
        }
        ApiKeyAuthentication key = jdbc
                .query(
                        "SELECT key_id, organization_id, project_id, scopes, expires_at FROM ws.api_key"
                                + " WHERE key_hash = ? AND revoked_at IS NULL",
                        (rs, row) -> {
                            OffsetDateTime expires = rs.getObject("expires_at", OffsetDateTime.class);
                            if (expires != null && !expires.toInstant().isAfter(Instant.now())) {
                                return null;
                            }
                            return new ApiKeyAuthentication(
                                    rs.getString("key_id"),
                                    rs.getString("organization_id"),
                                    rs.getString("project_id"),
                                    scopes(rs.getArray("scopes")));
                        },
                        hasher.hash(token))
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElseThrow(() -> new InvalidBearerTokenException(REFUSED));
        touch(key.keyId());
        return key;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Records the key's last use, at most once a minute per key and node. */
    private void touch(String keyId) {
        Instant now = Instant.now();
        Instant previous = lastTouched.get(keyId);
        if (previous == null || previous.plus(TOUCH_INTERVAL).isBefore(now)) {
            lastTouched.put(keyId, now);
            jdbc.update("UPDATE ws.api_key SET last_used_at = now() WHERE key_id = ?", keyId);
        }
    }

    private static java.util.Set<String> scopes(Array array) throws SQLException {
        return new HashSet<>(Arrays.asList((String[]) array.getArray()));
    }
}
