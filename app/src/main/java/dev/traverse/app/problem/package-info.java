/**
 * Every error the API returns is RFC 9457 {@code application/problem+json}: a {@code type} naming the problem, a
 * {@code detail} a person can read, the request id, and {@code errors} naming each offending field.
 */
package dev.traverse.app.problem;
