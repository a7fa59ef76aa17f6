/**
 * Indexed appends, the way agents report what they did: every brain state, history element and usage report carries
 * its position. A position already recorded with the same content is skipped (agents retry), other content there
 * is refused, and a gap is refused.
 */
package dev.traverse.command.sequence;
