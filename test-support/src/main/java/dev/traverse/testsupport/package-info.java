/**
 * Test-only: a real PostgreSQL for every test that needs one. The server comes from {@code TRAVERSE_TEST_PG_URL}
 * (default {@code jdbc:postgresql://127.0.0.1:5432/}); when nothing answers there and a Docker engine exists, a
 * Testcontainers PostgreSQL is started instead. Each caller gets its own freshly named database, dropped when the
 * JVM exits.
 */
package dev.traverse.testsupport;
