package dev.traverse.command.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiKeyHasherTest {

    private static final String PEPPER = "a-pepper-of-at-least-thirty-two-bytes";
    private static final String KEY = "crk_live_Trav3rseK3yF0rT3st1ngTh3F0rmat42C3hG";

    @Test
    void hashesAreHmacSha256UnderThePepper() {
        // HMAC-SHA256(PEPPER, KEY), computed with openssl: printf %s KEY | openssl dgst -sha256 -hmac PEPPER
        assertThat(new ApiKeyHasher(PEPPER).hash(KEY))
                .isEqualTo("c83ecfc6bffe3ffd7b9a546a26e37d45e97b1d8bddc9d8d72763e54d8e6b28d0");
    }

    @Test
    void anotherPepperGivesAnotherHash() {
        assertThat(new ApiKeyHasher(PEPPER).hash(KEY))
                .isNotEqualTo(new ApiKeyHasher(PEPPER + "!").hash(KEY))
                .doesNotContain(KEY.substring(9));
    }

    @Test
    void withoutAPepperOfThirtyTwoBytesKeysAreUnavailable() {
        ApiKeyHasher hasher = new ApiKeyHasher("too-short");
        assertThat(hasher.configured()).isFalse();
        assertThatThrownBy(() -> hasher.hash(KEY)).isInstanceOf(ApiKeysUnavailableException.class);
        assertThat(new ApiKeyHasher("").configured()).isFalse();
    }
}
