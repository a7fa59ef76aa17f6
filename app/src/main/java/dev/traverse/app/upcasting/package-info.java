/**
 * Upcasters: how events stored in an older shape are read in today's. A changed event gets a new {@code @Revision}
 * and one upcaster per step here, which Axon applies whenever stored events are read; the stored bytes never change
 * (they are hash-chained). docs/event-catalog.md lists the current revision and what the older ones lacked.
 */
package dev.traverse.app.upcasting;
