/**
 * Test cases: a natural-language test with its rules, URL route and allowed domains, the tags and browser configs it
 * carries and the document it is linked to (1:1).
 */
package dev.traverse.api.testcase;
