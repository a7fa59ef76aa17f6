/**
 * An organization's model prices: dollars per input and per output token, matched by model name or pattern,
 * effective from a date. They override the prices Traverse ships for common models.
 */
package dev.traverse.api.pricing;
