package dev.traverse.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * JWT verification settings ({@code traverse.security.jwt.*}). The JWKS URL is Spring Boot's standard {@code
 * spring.security.oauth2.resourceserver.jwt.jwk-set-uri}.
 *
 * @param hs256Secret shared secret for HS256-signed tokens (at least 32 bytes), for local use and Supabase's legacy
 *     keys; empty to accept no HS256 token
 * @param issuer when set, tokens must carry this {@code iss}
 * @param audience when set, tokens must list this {@code aud}
 */
@ConfigurationProperties("traverse.security.jwt")
record JwtSettings(String hs256Secret, String issuer, String audience) {}
