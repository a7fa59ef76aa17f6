/**
 * Rebuilding projections from the event store while queries keep being served: each projection is replayed into a
 * shadow schema by a second processor running the projection's own handlers, then swapped into the live tables in
 * one transaction. Operators start rebuilds and watch their progress over HTTP or from the command line.
 */
package dev.traverse.app.rebuild;
