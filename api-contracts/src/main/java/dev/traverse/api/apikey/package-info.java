/**
 * API keys of an organization (seed 003): CI machines and runners authenticate with them. Only a keyed hash and a
 * display hint of a key are ever stored.
 */
package dev.traverse.api.apikey;
