/**
 * Read model of what runs cost: every usage report, each run's total ({@code cost}), the daily rollup per project,
 * test case and model, and the cost endpoints of projects and organizations.
 */
package dev.traverse.query.cost;
