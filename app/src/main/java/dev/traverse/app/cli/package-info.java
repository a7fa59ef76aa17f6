/**
 * Command-line entry points of the application jar ({@code --traverse.cli=verify}, {@code --traverse.cli=rebuild}):
 * the same verification and rebuild as the HTTP API, for operators and scheduled jobs.
 */
package dev.traverse.app.cli;
