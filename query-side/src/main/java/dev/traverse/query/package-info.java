/**
 * The read side: projections turn events into the relational read model ({@code projections-sql}), and query
 * controllers serve it. Nothing here sends commands or reads the event store.
 */
package dev.traverse.query;
