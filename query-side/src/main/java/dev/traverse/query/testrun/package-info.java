/**
 * Read model of runs: the run with its history, its project's runs with filters, and run statistics per test case.
 */
package dev.traverse.query.testrun;
