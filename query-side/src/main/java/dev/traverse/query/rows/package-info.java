/**
 * Conventions of read-model rows shared by all projections: timestamps in UTC, JSON columns, and the guard that
 * makes a replayed event a no-op.
 */
package dev.traverse.query.rows;
