/** Organizations (the seeds' tenants or companies) and their members: commands, events and the member roles. */
package dev.traverse.api.organization;
