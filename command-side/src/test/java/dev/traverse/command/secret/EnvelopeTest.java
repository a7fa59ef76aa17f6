package dev.traverse.command.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class EnvelopeTest {

    private static final byte[] PLAINTEXT = "hunter2-correct-horse".getBytes(StandardCharsets.UTF_8);
    private final SecretKey key = Envelope.newKey();

    @Test
    void opensWhatItSealedWithTheSameKeyAndAssociatedData() throws GeneralSecurityException {
        byte[] sealed = Envelope.seal(key, PLAINTEXT, "here");
        assertThat(Envelope.open(key, sealed, "here")).isEqualTo(PLAINTEXT);
        assertThat(key.getEncoded()).hasSize(32);
    }

    @Test
    void everySealUsesAFreshNonce() {
        byte[] first = Envelope.seal(key, PLAINTEXT, "here");
        byte[] second = Envelope.seal(key, PLAINTEXT, "here");
        assertThat(first).isNotEqualTo(second);
        assertThat(first).hasSize(12 + PLAINTEXT.length + 16);
        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("hunter2");
    }

    @Test
    void refusesOtherAssociatedDataAnotherKeyAndAlteredBytes() {
        byte[] sealed = Envelope.seal(key, PLAINTEXT, "here");
        assertThatThrownBy(() -> Envelope.open(key, sealed, "elsewhere")).isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> Envelope.open(Envelope.newKey(), sealed, "here"))
                .isInstanceOf(GeneralSecurityException.class);
        for (int i = 0; i < sealed.length; i++) {
            byte[] altered = sealed.clone();
            altered[i] ^= 0x01;
            assertThatThrownBy(() -> Envelope.open(key, altered, "here"))
                    .as("byte %d flipped", i)
                    .isInstanceOf(GeneralSecurityException.class);
        }
        assertThatThrownBy(() -> Envelope.open(key, new byte[20], "here")).isInstanceOf(GeneralSecurityException.class);
    }
}
