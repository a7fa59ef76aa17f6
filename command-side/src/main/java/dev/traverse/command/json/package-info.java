/**
 * JSON details shared by every ObjectMapper of Traverse: instants written and read without java.time's general
 * formatter, which was a third of the application's CPU time when agents upload history in batches.
 */
package dev.traverse.command.json;
