/**
 * API keys: the ApiKey aggregate, the key format ({@code crk_live_} + 32 base62 characters + a 4-character checksum),
 * the keyed hash that is all Traverse stores of a key, and the endpoints admins manage keys with.
 */
package dev.traverse.command.apikey;
