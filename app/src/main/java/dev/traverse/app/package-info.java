/**
 * The Spring Boot application: wires the event store on PostgreSQL, the projections' processors, security,
 * access checks, write transactions with idempotency and read-your-own-writes, and error rendering.
 */
package dev.traverse.app;
