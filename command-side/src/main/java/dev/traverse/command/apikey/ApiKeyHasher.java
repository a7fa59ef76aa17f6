package dev.traverse.command.apikey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The keyed hash under which a key is stored and looked up: HMAC-SHA256 with a pepper from configuration
 * ({@code traverse.api-keys.pepper}, at least 32 bytes). A copy of the database alone does not let anyone test
 * guesses against the hashes.
 */
@Component
public class ApiKeyHasher {

    private final byte[] pepper;

    ApiKeyHasher(@Value("${traverse.api-keys.pepper:}") String pepper) {
        this.pepper = pepper.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether keys can be made and checked at all. */
    public boolean configured() {
        return pepper.length >= 32;
    }

    /** The 64-hex-digit keyed hash of a key. */
    public String hash(String key) {
        if (!configured()) {
            throw new ApiKeysUnavailableException();
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pepper, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(key.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
