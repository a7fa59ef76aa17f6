package dev.traverse.command.secret;

import static dev.traverse.command.rejection.Rejected.rejected;

import dev.traverse.api.secret.CreateSecret;
import dev.traverse.api.secret.DataKeyShredded;
import dev.traverse.api.secret.DeleteSecret;
import dev.traverse.api.secret.RecordDataKeyShredded;
import dev.traverse.api.secret.RecordSecretReveal;
import dev.traverse.api.secret.ReplaceSecretValue;
import dev.traverse.api.secret.SecretCreated;
import dev.traverse.api.secret.SecretDeleted;
import dev.traverse.api.secret.SecretRevealed;
import dev.traverse.api.secret.SecretValueReplaced;
import dev.traverse.command.rejection.Rejection;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SecretVaultTest {

    private static final String P = "p1";
    private static final String ORG = "org1";
    private static final String VAULT = CreateSecret.vaultOf(P);
    private AggregateTestFixture<SecretVault> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SecretVault.class);
    }

    private static SecretCreated created(String secretId, String name) {
        return new SecretCreated(P, ORG, secretId, name, "key1:c1", 1);
    }

    @Test
    void theFirstSecretCreatesTheVault() {
        fixture.givenNoPriorActivity()
                .when(new CreateSecret(VAULT, P, ORG, "s1", "PASSWORD", "key1:c1"))
                .expectEvents(created("s1", "PASSWORD"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void namesAreUniqueInTheProject() {
        fixture.given(created("s1", "PASSWORD"))
                .when(new CreateSecret(VAULT, P, ORG, "s2", "PASSWORD", "key1:c2"))
                .expectNoEvents()
                .expectException(rejected(Rejection.CONFLICT, "secret_name"));
        fixture.given(created("s1", "PASSWORD"), new SecretDeleted(P, ORG, "s1", 2))
                .when(new CreateSecret(VAULT, P, ORG, "s2", "PASSWORD", "key1:c2"))
                .expectEvents(new SecretCreated(P, ORG, "s2", "PASSWORD", "key1:c2", 1));
    }

    @Test
    void aNameIsRequiredAndTheValueArrivesEncrypted() {
        fixture.givenNoPriorActivity()
                .when(new CreateSecret(VAULT, P, ORG, "s1", " ", "key1:c1"))
                .expectNoEvents()
                .expectException(rejected(Rejection.INVALID, "secret_name"));
        fixture.givenNoPriorActivity()
                .when(new CreateSecret(VAULT, P, ORG, "s1", "PASSWORD", ""))
                .expectNoEvents()
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void aNewValueIsTheNextVersion() {
        fixture.given(created("s1", "PASSWORD"))
                .when(new ReplaceSecretValue(VAULT, P, "s1", "key1:c2", 2, 1L))
                .expectEvents(new SecretValueReplaced(P, ORG, "s1", "key1:c2", 2))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aStaleIfMatchOrAConcurrentReplacementIsRefused() {
        fixture.given(created("s1", "PASSWORD"), new SecretValueReplaced(P, ORG, "s1", "key1:c2", 2))
                .when(new ReplaceSecretValue(VAULT, P, "s1", "key1:c3", 3, 1L))
                .expectNoEvents()
                .expectException(rejected(Rejection.STALE_VERSION, null));
        // Encrypted for version 2 while version 2 was written meanwhile: the ciphertext is bound to the wrong version.
        fixture.given(created("s1", "PASSWORD"), new SecretValueReplaced(P, ORG, "s1", "key1:c2", 2))
                .when(new ReplaceSecretValue(VAULT, P, "s1", "key1:c3", 2, null))
                .expectNoEvents()
                .expectException(rejected(Rejection.CONFLICT, null));
    }

    @Test
    void aRevealIsRecordedForTheCurrentVersionOnly() {
        fixture.given(created("s1", "PASSWORD"))
                .when(new RecordSecretReveal(VAULT, P, "s1", 1, "api_key", "k1"))
                .expectEvents(new SecretRevealed(P, ORG, "s1", 1, "api_key", "k1"));
        fixture.given(created("s1", "PASSWORD"), new SecretValueReplaced(P, ORG, "s1", "key1:c2", 2))
                .when(new RecordSecretReveal(VAULT, P, "s1", 1, "api_key", "k1"))
                .expectNoEvents()
                .expectException(rejected(Rejection.CONFLICT, null));
    }

    @Test
    void aDeletedSecretIsGone() {
        fixture.given(created("s1", "PASSWORD"))
                .when(new DeleteSecret(VAULT, P, "s1", 1L))
                .expectEvents(new SecretDeleted(P, ORG, "s1", 2));
        fixture.given(created("s1", "PASSWORD"), new SecretDeleted(P, ORG, "s1", 2))
                .when(new RecordSecretReveal(VAULT, P, "s1", 1, "api_key", "k1"))
                .expectNoEvents()
                .expectException(rejected(Rejection.NOT_FOUND, null));
        fixture.given(created("s1", "PASSWORD"), new SecretDeleted(P, ORG, "s1", 2))
                .when(new ReplaceSecretValue(VAULT, P, "s1", "key1:c2", 2, null))
                .expectNoEvents()
                .expectException(rejected(Rejection.NOT_FOUND, null));
    }

    @Test
    void shreddingIsRecordedEvenForAProjectWithoutSecretsYet() {
        fixture.givenNoPriorActivity()
                .when(new RecordDataKeyShredded(VAULT, P, ORG))
                .expectEvents(new DataKeyShredded(P, ORG));
        fixture.given(created("s1", "PASSWORD"))
                .when(new RecordDataKeyShredded(VAULT, P, ORG))
                .expectEvents(new DataKeyShredded(P, ORG));
    }
}
