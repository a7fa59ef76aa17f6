/** Server-made identifiers. */
package dev.traverse.command.id;
