/**
 * Projects and what they own directly: tags, browser configs and documents. One aggregate holds them all, so names
 * stay unique per project and an archived project accepts no changes.
 */
package dev.traverse.api.project;
