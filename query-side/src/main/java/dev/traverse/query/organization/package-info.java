/** Read models of organizations and members: their projections, queries and GET endpoints. */
package dev.traverse.query.organization;
