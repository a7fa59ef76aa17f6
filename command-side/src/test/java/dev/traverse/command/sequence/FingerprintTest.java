package dev.traverse.command.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    @Test
    void ignoresTheOrderOfMapKeysButNotOfValues() {
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", 2);
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", 2);
        ba.put("a", 1);
        assertThat(Fingerprint.of(ab, "x")).isEqualTo(Fingerprint.of(ba, "x"));
        assertThat(Fingerprint.of("x", ab)).isNotEqualTo(Fingerprint.of(ab, "x"));
        assertThat(Fingerprint.of(1, null)).isNotEqualTo(Fingerprint.of(1, "null"));
        assertThat(Fingerprint.of("x")).hasSize(16);
    }
}
