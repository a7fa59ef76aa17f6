/**
 * The API's JSON dialect: snake_case names, ISO-8601 UTC times, and strict input: unknown fields, strings where
 * numbers belong (and the reverse) and nulls for required values are refused rather than guessed at.
 */
package dev.traverse.app.json;
