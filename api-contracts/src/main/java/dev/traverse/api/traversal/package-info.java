/**
 * Test traversals: one parametrisation of a test case (a browser config and an expected outcome) and the path the
 * agent recorded for it, as ordered brain states with ordered actions, in versions (a repair records a new one).
 */
package dev.traverse.api.traversal;
