/** The Organization aggregate, its members and the HTTP endpoints that change them. */
package dev.traverse.command.organization;
