package dev.traverse.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.TraverseIT;
import org.junit.jupiter.api.Test;

/** The settings Traverse's own database sessions run with, whatever the server's defaults. */
class DatabaseSessionsIT extends TraverseIT {

    @Test
    void queriesRunWithoutParallelWorkers() {
        assertThat(jdbc.queryForObject("SHOW max_parallel_workers_per_gather", String.class))
                .isEqualTo("0");
    }
}
