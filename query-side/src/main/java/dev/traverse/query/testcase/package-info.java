/**
 * Read model of test cases with the tags and browser configs they carry: projection, queries (with the tag filter)
 * and GET endpoints.
 */
package dev.traverse.query.testcase;
