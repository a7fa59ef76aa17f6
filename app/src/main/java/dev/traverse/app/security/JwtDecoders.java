package dev.traverse.app.security;

import com.nimbusds.jwt.JWTParser;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Builds the decoder: JWKS for asymmetric tokens, the HS256 secret for symmetric ones, chosen by the token's alg. */
final class JwtDecoders {

    private JwtDecoders() {}

    static JwtDecoder create(JwtSettings settings, OAuth2ResourceServerProperties resourceServer) {
        String jwkSetUri = resourceServer.getJwt().getJwkSetUri();
        boolean hasJwks = jwkSetUri != null && !jwkSetUri.isBlank();
        boolean hasSecret =
                settings.hs256Secret() != null && !settings.hs256Secret().isBlank();
        if (!hasJwks && !hasSecret) {
            throw new IllegalStateException("Configure spring.security.oauth2.resourceserver.jwt.jwk-set-uri"
                    + " or traverse.security.jwt.hs256-secret so Traverse can verify bearer tokens");
        }
        OAuth2TokenValidator<Jwt> validator = validator(settings);
        NimbusJwtDecoder asymmetric = null;
        if (hasJwks) {
            asymmetric = NimbusJwtDecoder.withJwkSetUri(jwkSetUri)
                    .jwsAlgorithms(algorithms -> algorithms.addAll(List.of(
                            SignatureAlgorithm.RS256,
                            SignatureAlgorithm.RS384,
                            SignatureAlgorithm.RS512,
                            SignatureAlgorithm.ES256,
                            SignatureAlgorithm.ES384,
                            SignatureAlgorithm.PS256)))
                    .build();
            asymmetric.setJwtValidator(validator);
        }
        NimbusJwtDecoder symmetric = null;
        if (hasSecret) {
            byte[] secret = settings.hs256Secret().getBytes(StandardCharsets.UTF_8);
            if (secret.length < 32) {
                throw new IllegalStateException("traverse.security.jwt.hs256-secret must be at least 32 bytes");
            }
            symmetric = NimbusJwtDecoder.withSecretKey(new SecretKeySpec(secret, "HmacSHA256"))
                    .macAlgorithm(MacAlgorithm.HS256)
                    .build();
            symmetric.setJwtValidator(validator);
        }
        NimbusJwtDecoder jwks = asymmetric;
        NimbusJwtDecoder hmac = symmetric;
        return token -> {
            boolean symmetricToken = algorithm(token).startsWith("HS");
            NimbusJwtDecoder decoder = symmetricToken ? hmac : jwks;
            if (decoder == null) {
                throw new BadJwtException("tokens signed with this algorithm are not accepted");
            }
            return decoder.decode(token);
        };
    }

    private static String algorithm(String token) {
        try {
            return JWTParser.parse(token).getHeader().getAlgorithm().getName();
        } catch (ParseException | NullPointerException e) {
            throw new BadJwtException("malformed token");
        }
    }

    private static OAuth2TokenValidator<Jwt> validator(JwtSettings settings) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(
                settings.issuer() == null || settings.issuer().isBlank()
                        ? JwtValidators.createDefault()
                        : JwtValidators.createDefaultWithIssuer(settings.issuer()));
        validators.add(new JwtClaimValidator<String>("sub", sub -> sub != null && !sub.isBlank()));
        if (settings.audience() != null && !settings.audience().isBlank()) {
            validators.add(new JwtClaimValidator<List<String>>(
                    "aud", aud -> aud != null && aud.contains(settings.audience())));
        }
        return new DelegatingOAuth2TokenValidator<>(validators);
    }
}
