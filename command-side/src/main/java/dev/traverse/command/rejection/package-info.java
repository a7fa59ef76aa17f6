/**
 * Why a command was refused. Aggregates and command services throw {@link
 * dev.traverse.command.rejection.CommandRejectedException}; the application renders it as problem+json.
 */
package dev.traverse.command.rejection;
