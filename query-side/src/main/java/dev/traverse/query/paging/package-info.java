/**
 * Keyset pagination shared by every list endpoint: {@code limit} (1-200, default 50) and an opaque {@code cursor}
 * taken from the previous page's {@code next_cursor}; rows come in creation order.
 */
package dev.traverse.query.paging;
