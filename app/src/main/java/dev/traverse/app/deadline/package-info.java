/**
 * Persistent deadlines: db-scheduler on PostgreSQL ({@code es.scheduled_tasks}) runs Axon's deadline tasks, so a run
 * nobody finishes is failed at its deadline even across restarts and on whichever node is up.
 */
package dev.traverse.app.deadline;
