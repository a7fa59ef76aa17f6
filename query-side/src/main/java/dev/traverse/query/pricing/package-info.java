/** Read model of model prices: the shipped ones and each organization's own. */
package dev.traverse.query.pricing;
