/**
 * Authentication: bearer JWTs from the platform's identity provider, verified with its JWKS or, for local use, a
 * shared HS256 secret. The user id is the token's {@code sub}. Failures are problem+json like every other error.
 */
package dev.traverse.app.security;
