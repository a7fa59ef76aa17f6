package dev.traverse.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** Token verification against a real JWKS endpoint on loopback, and with the HS256 secret. */
class JwtDecodersTest {

    private static final String SECRET = "a-shared-secret-of-at-least-thirty-two-bytes";
    private static HttpServer jwks;
    private static RSAKey signingKey;
    private static String jwksUri;

    @BeforeAll
    static void serveJwks() throws Exception {
        signingKey = new RSAKeyGenerator(2048).keyID("key-1").generate();
        byte[] body = new JWKSet(signingKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        jwks.createContext("/.well-known/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwks.start();
        jwksUri = "http://127.0.0.1:" + jwks.getAddress().getPort() + "/.well-known/jwks.json";
    }

    @AfterAll
    static void stop() {
        jwks.stop(0);
    }

    private static JwtDecoder decoder(String secret, String issuer, String audience) {
        OAuth2ResourceServerProperties properties = new OAuth2ResourceServerProperties();
        properties.getJwt().setJwkSetUri(jwksUri);
        return JwtDecoders.create(new JwtSettings(secret, issuer, audience), properties);
    }

    private static JWTClaimsSet.Builder claims(String subject) {
        return new JWTClaimsSet.Builder()
                .subject(subject)
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)));
    }

    private static String rs256(RSAKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static String hs256(String secret, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    @Test
    void acceptsTokensSignedWithAKeyFromTheJwks() throws Exception {
        assertThat(decoder(null, null, null)
                        .decode(rs256(signingKey, claims("user-1").build()))
                        .getSubject())
                .isEqualTo("user-1");
    }

    @Test
    void refusesTokensSignedWithAnUnknownKey() throws Exception {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("key-1").generate();
        assertThatThrownBy(() -> decoder(null, null, null)
                        .decode(rs256(stranger, claims("user-1").build())))
                .isInstanceOf(JwtException.class);
    }

    @Test
    void acceptsHs256OnlyWhenASecretIsConfigured() throws Exception {
        String token = hs256(SECRET, claims("user-2").build());
        assertThat(decoder(SECRET, null, null).decode(token).getSubject()).isEqualTo("user-2");
        assertThatThrownBy(() -> decoder(null, null, null).decode(token)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder(SECRET.replace('a', 'b'), null, null).decode(token))
                .isInstanceOf(JwtException.class);
    }

    @Test
    void checksIssuerAudienceExpiryAndSubject() throws Exception {
        JwtDecoder strict = decoder(SECRET, "https://idp.example", "traverse");
        String good = hs256(
                SECRET,
                claims("u")
                        .issuer("https://idp.example")
                        .audience(List.of("traverse"))
                        .build());
        assertThat(strict.decode(good).getSubject()).isEqualTo("u");
        String wrongIssuer = hs256(
                SECRET,
                claims("u").issuer("https://evil").audience(List.of("traverse")).build());
        assertThatThrownBy(() -> strict.decode(wrongIssuer)).isInstanceOf(JwtException.class);
        String wrongAudience = hs256(
                SECRET,
                claims("u")
                        .issuer("https://idp.example")
                        .audience(List.of("other"))
                        .build());
        assertThatThrownBy(() -> strict.decode(wrongAudience)).isInstanceOf(JwtException.class);
        String expired = hs256(
                SECRET,
                claims("u")
                        .expirationTime(Date.from(Instant.now().minusSeconds(3600)))
                        .build());
        assertThatThrownBy(() -> decoder(SECRET, null, null).decode(expired)).isInstanceOf(JwtException.class);
        String noSubject = hs256(SECRET, claims(null).build());
        assertThatThrownBy(() -> decoder(SECRET, null, null).decode(noSubject)).isInstanceOf(JwtException.class);
    }

    @Test
    void refusesToStartWithoutAnyWayToVerifyTokensOrWithAShortSecret() {
        assertThatThrownBy(
                        () -> JwtDecoders.create(new JwtSettings("", null, null), new OAuth2ResourceServerProperties()))
                .hasMessageContaining("jwk-set-uri");
        assertThatThrownBy(() ->
                        JwtDecoders.create(new JwtSettings("short", null, null), new OAuth2ResourceServerProperties()))
                .hasMessageContaining("32 bytes");
    }
}
