/**
 * The TestRun aggregate (one execution of a pinned path version: history, LLM usage, outcome, deadline), its HTTP
 * endpoints, and the pricing of usage before it is recorded.
 */
package dev.traverse.command.testrun;
