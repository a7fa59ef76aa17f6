/**
 * Test runs: one execution of a traversal's pinned path version, agentic or replayed, with its history of executed
 * actions, the LLM usage it cost, and its outcome.
 */
package dev.traverse.api.testrun;
