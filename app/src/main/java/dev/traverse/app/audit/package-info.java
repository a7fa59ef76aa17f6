/**
 * The auditors' API: an aggregate's events in order, its state at any past time or sequence number (rebuilt from its
 * events, never from a snapshot), an organization's whole stream as resumable NDJSON, and the verification of its
 * hash chains. Only the organization's admins may call it (see docs/audit.md).
 */
package dev.traverse.app.audit;
