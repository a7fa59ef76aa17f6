/** Read model of secret values (names, versions, reveals; never a value): projection, queries and GET endpoints. */
package dev.traverse.query.secret;
