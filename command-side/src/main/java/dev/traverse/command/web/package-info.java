/** How the command API speaks HTTP: If-Match versions in, ids, versions, ETags and Locations out. */
package dev.traverse.command.web;
