/**
 * The TestCase aggregate and its HTTP endpoints. References to tags, browser configs and documents are checked
 * against the write-side directory before a command is sent; the aggregate keeps its own sets consistent.
 */
package dev.traverse.command.testcase;
