/**
 * Read model of CI test reports: report runs with their counts, every test's result, per-test statistics, a test's
 * history across runs and branches, the flakiest tests of a project and failures grouped by their normalized message.
 */
package dev.traverse.query.report;
