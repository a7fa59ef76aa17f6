/** Getting the configured PostgreSQL database ready before anything connects to it. */
package dev.traverse.app.database;
