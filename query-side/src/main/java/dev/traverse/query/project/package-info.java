/** Read model of projects: projection, queries and GET endpoints. */
package dev.traverse.query.project;
