package dev.traverse.query.browserconfig;

import dev.traverse.query.paging.Listed;
import java.time.Instant;
import java.util.Map;

/** A browser config as the API shows it. */
record BrowserConfigView(
        String id,
        String projectId,
        Map<String, Object> browserConfig,
        Instant createdAt,
        Instant updatedAt,
        long version)
        implements Listed {}
