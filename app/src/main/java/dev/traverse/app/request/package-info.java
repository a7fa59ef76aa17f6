/**
 * The life of a write request: its id, one database transaction around its commands, its Idempotency-Key, the
 * metadata its commands and events carry, and the wait for the read model before it answers.
 */
package dev.traverse.app.request;
