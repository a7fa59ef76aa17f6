package dev.traverse.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HealthIT extends TraverseIT {

    @Test
    void healthAndProbesAnswerWithoutAToken() {
        Api.Response health = api().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        assertThat(api().get("/actuator/health/readiness").json().get("status").asText())
                .isEqualTo("UP");
        assertThat(api().get("/actuator/health/liveness").json().get("status").asText())
                .isEqualTo("UP");
    }

    @Test
    void databaseIsPartOfHealth() {
        assertThat(api().get("/actuator/health/db").status()).isIn(200, 401, 403, 404);
        assertThat(jdbc.queryForObject("SELECT 1", Integer.class)).isEqualTo(1);
    }

    @Test
    void everythingElseOutsideTheApiIsClosed() {
        assertThat(api().get("/actuator/env").status()).isIn(401, 403);
        assertThat(api().as("someone").get("/actuator/env").status()).isEqualTo(403);
    }
}
