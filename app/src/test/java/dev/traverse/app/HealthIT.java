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
    void readinessIncludesTheDatabase() {
        Api.Response readiness = api().get("/actuator/health/readiness");
        assertThat(readiness.json().at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(readiness.json().at("/components/readinessState/status").asText())
                .isEqualTo("UP");
        assertThat(readiness.body()).doesNotContain("PostgreSQL", "jdbc:");
    }

    @Test
    void everythingElseOutsideTheApiIsClosed() {
        assertThat(api().get("/actuator/env").status()).isIn(401, 403);
        assertThat(api().as("someone").get("/actuator/env").status()).isEqualTo(403);
    }
}
