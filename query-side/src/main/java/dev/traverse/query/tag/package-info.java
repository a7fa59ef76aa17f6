/** Read model of tags: projection, queries and GET endpoints. */
package dev.traverse.query.tag;
