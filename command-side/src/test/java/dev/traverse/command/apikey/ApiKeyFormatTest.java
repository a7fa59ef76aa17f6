package dev.traverse.command.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyFormatTest {

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /** Made outside Java (CRC-32 of the 32 characters, written as 4 base62 digits), to pin the format. */
    private static final String KNOWN_GOOD = "crk_live_Trav3rseK3yF0rT3st1ngTh3F0rmat42C3hG";

    @Test
    void generatedKeysHaveThePrefixThirtyTwoRandomBase62CharactersAndAChecksum() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String key = ApiKeyFormat.generate();
            assertThat(key).startsWith("crk_live_").hasSize(9 + 32 + 4);
            assertThat(key.substring(9).chars()).allMatch(c -> BASE62.indexOf(c) >= 0);
            assertThat(ApiKeyFormat.isWellFormed(key)).as(key).isTrue();
            seen.add(key);
        }
        assertThat(seen).hasSize(1_000);
    }

    @Test
    void theChecksumIsTheOneDocumented() {
        assertThat(ApiKeyFormat.isWellFormed(KNOWN_GOOD)).isTrue();
    }

    @Test
    void everySingleCharacterChangeIsCaughtByTheChecksum() {
        for (int position = 9; position < KNOWN_GOOD.length(); position++) {
            for (char replacement : BASE62.toCharArray()) {
                if (replacement == KNOWN_GOOD.charAt(position)) {
                    continue;
                }
                String typo = KNOWN_GOOD.substring(0, position) + replacement + KNOWN_GOOD.substring(position + 1);
                assertThat(ApiKeyFormat.isWellFormed(typo)).as(typo).isFalse();
            }
        }
    }

    @Test
    void refusesOtherShapes() {
        assertThat(ApiKeyFormat.isWellFormed(null)).isFalse();
        assertThat(ApiKeyFormat.isWellFormed("")).isFalse();
        assertThat(ApiKeyFormat.isWellFormed(KNOWN_GOOD.replace("crk_live_", "crk_test_")))
                .isFalse();
        assertThat(ApiKeyFormat.isWellFormed(KNOWN_GOOD + "A")).isFalse();
        assertThat(ApiKeyFormat.isWellFormed(KNOWN_GOOD.substring(0, KNOWN_GOOD.length() - 1)))
                .isFalse();
        assertThat(ApiKeyFormat.isWellFormed(KNOWN_GOOD.replace('3', '-'))).isFalse();
        assertThat(ApiKeyFormat.isWellFormed("eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl"))
                .isFalse();
    }

    @Test
    void theHintShowsOnlyTheLastFourCharacters() {
        assertThat(ApiKeyFormat.hint(KNOWN_GOOD)).isEqualTo("crk_live_...C3hG");
    }
}
