package dev.traverse.app;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/** Mints real HS256 JWTs, as the identity provider would, for the secret the test application is configured with. */
public final class Tokens {

    public static final String SECRET = "integration-test-secret-0123456789abcdef";

    private Tokens() {}

    /** A valid token for {@code userId}. */
    public static String forUser(String userId) {
        return sign(SECRET, userId, Instant.now().plus(Duration.ofHours(1)));
    }

    public static String sign(String secret, String subject, Instant expiresAt) {
        JWTClaimsSet.Builder claims =
                new JWTClaimsSet.Builder().issueTime(new Date()).expirationTime(Date.from(expiresAt));
        if (subject != null) {
            claims.subject(subject);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        try {
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
