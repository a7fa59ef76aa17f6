/** Read model of browser configs: projection, queries and GET endpoints. */
package dev.traverse.query.browserconfig;
