/** How the query API speaks HTTP: ETags and conditional GETs, 404s and bad query parameters. */
package dev.traverse.query.http;
