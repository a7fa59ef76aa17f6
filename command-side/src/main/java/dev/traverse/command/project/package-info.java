/**
 * The Project aggregate with the tags, browser configs and documents it owns, and their HTTP endpoints. One
 * aggregate keeps tag names unique per project and freezes everything once the project is archived.
 */
package dev.traverse.command.project;
