/**
 * Model prices: the PriceList aggregate that holds an organization's own prices, its endpoint, and the lookup that
 * prices a usage report from the organization's prices or the ones Traverse ships for common models.
 */
package dev.traverse.command.pricing;
