/**
 * How the projections run: pooled streaming processors with batches and segments, an organization's events in
 * order, errors retried rather than skipped, and the barrier that lets a write answer only once its events are in
 * the read model.
 */
package dev.traverse.app.projection;
