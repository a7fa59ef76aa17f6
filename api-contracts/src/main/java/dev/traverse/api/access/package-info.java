/**
 * The access contract of the HTTP API: every endpoint declares, with {@link dev.traverse.api.access.Access}, what a
 * caller needs and which path variable names the resource it touches. The application enforces it in one place.
 */
package dev.traverse.api.access;
