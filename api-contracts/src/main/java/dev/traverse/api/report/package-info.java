/**
 * CI test reports: a Playwright or Vitest JSON report pushed to a project becomes one report run, with its counts,
 * its status and the compact result of every test; the raw report itself stays an artifact, which retention may
 * delete while the run and its results stay.
 */
package dev.traverse.api.report;
