/**
 * Tamper evidence of the event store: the hash each stored event carries (computed by the database at insert time,
 * chained per aggregate), the same link function in Java, the walk that verifies chains and reports the first broken
 * link, and the settled position up to which exports and verifications are complete. See docs/audit.md.
 */
package dev.traverse.app.integrity;
