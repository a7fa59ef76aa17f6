/**
 * CI test reports: reads Playwright's and Vitest's JSON reporters of every version in use with a streaming parser,
 * normalizes each report into a report run with per-test results, keeps the raw report as an artifact, and lets
 * retention delete old raw reports (never their summaries) when nothing else needs the same bytes.
 */
package dev.traverse.command.report;
