/**
 * The write side: aggregates decide, command REST controllers translate HTTP into commands, and the directory keeps
 * the cross-aggregate facts (ownership, membership, document links) consistent in the events' own transaction.
 */
package dev.traverse.command;
