package dev.traverse.command.apikey;

import static dev.traverse.command.rejection.Rejected.rejected;

import dev.traverse.api.apikey.ApiKeyCreated;
import dev.traverse.api.apikey.ApiKeyRevoked;
import dev.traverse.api.apikey.ApiKeyScope;
import dev.traverse.api.apikey.CreateApiKey;
import dev.traverse.api.apikey.RevokeApiKey;
import dev.traverse.command.rejection.Rejection;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static final String HASH = "c83ecfc6bffe3ffd7b9a546a26e37d45e97b1d8bddc9d8d72763e54d8e6b28d0";
    private static final Instant EXPIRY = Instant.parse("2030-01-01T00:00:00Z");
    private AggregateTestFixture<ApiKey> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ApiKey.class);
    }

    private static ApiKeyCreated created() {
        return new ApiKeyCreated(
                "k1", "org1", "p1", List.of(ApiKeyScope.RUNS_WRITE), EXPIRY, "CI", HASH, "crk_live_...C3hG");
    }

    @Test
    void aKeyIsCreatedWithItsHashNeverItsValue() {
        fixture.givenNoPriorActivity()
                .when(new CreateApiKey(
                        "k1", "org1", "p1", List.of(ApiKeyScope.RUNS_WRITE), EXPIRY, "CI", HASH, "crk_live_...C3hG"))
                .expectEvents(created());
    }

    @Test
    void aKeyNeedsAScope() {
        fixture.givenNoPriorActivity()
                .when(new CreateApiKey("k1", "org1", null, List.of(), null, null, HASH, "crk_live_...C3hG"))
                .expectNoEvents()
                .expectException(rejected(Rejection.INVALID, "scopes"));
    }

    @Test
    void theAggregateRefusesAnythingButAKeyedHash() {
        fixture.givenNoPriorActivity()
                .when(new CreateApiKey(
                        "k1",
                        "org1",
                        null,
                        List.of(ApiKeyScope.READ),
                        null,
                        null,
                        "crk_live_Trav3rseK3yF0rT3st1ngTh3F0rmat42C3hG",
                        "crk_live_...C3hG"))
                .expectNoEvents()
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void revokingTwiceRevokesOnce() {
        fixture.given(created()).when(new RevokeApiKey("k1", "org1")).expectEvents(new ApiKeyRevoked("k1", "org1"));
        fixture.given(created(), new ApiKeyRevoked("k1", "org1"))
                .when(new RevokeApiKey("k1", "org1"))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anotherOrganizationCannotRevokeTheKey() {
        fixture.given(created())
                .when(new RevokeApiKey("k1", "org2"))
                .expectNoEvents()
                .expectException(rejected(Rejection.NOT_FOUND, null));
    }
}
