/**
 * Axon's event store on PostgreSQL: the JDBC storage engine and token store on Flyway-made tables with snake_case
 * names, Jackson serializers, duplicate-key detection and per-aggregate locks that hold until the database commits.
 */
package dev.traverse.app.eventstore;
