/**
 * The TestTraversal aggregate (a test case's parametrisation and the agent's recorded path, in versions), its HTTP
 * endpoints and the checks against the directory that precede its commands.
 */
package dev.traverse.command.traversal;
