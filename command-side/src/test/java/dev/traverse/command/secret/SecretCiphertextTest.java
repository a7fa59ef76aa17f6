package dev.traverse.command.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.traverse.command.secret.SecretCiphertext.Binding;
import java.security.GeneralSecurityException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretCiphertextTest {

    private static final String VALUE = "s3cr3t-p4ssw0rd";
    private static final Binding HOME = new Binding("org-a", "project-a", "secret-a", 2);
    private final DataKeys.DataKey key = new DataKeys.DataKey("key-1", Envelope.newKey());

    @Test
    void carriesItsDataKeyIdAndOpensWhereItBelongs() throws GeneralSecurityException {
        String ciphertext = SecretCiphertext.seal(key, VALUE, HOME);
        assertThat(ciphertext).startsWith("key-1:").doesNotContain(VALUE);
        assertThat(SecretCiphertext.keyId(ciphertext)).isEqualTo("key-1");
        assertThat(SecretCiphertext.open(key, ciphertext, HOME)).isEqualTo(VALUE);
    }

    @Test
    void aCiphertextMovedToAnotherTenantProjectSecretOrVersionDoesNotDecrypt() {
        String ciphertext = SecretCiphertext.seal(key, VALUE, HOME);
        List<Binding> elsewhere = List.of(
                new Binding("org-b", "project-a", "secret-a", 2),
                new Binding("org-a", "project-b", "secret-a", 2),
                new Binding("org-a", "project-a", "secret-b", 2),
                new Binding("org-a", "project-a", "secret-a", 1),
                new Binding("org-a", "project-a", "secret-a", 3));
        for (Binding binding : elsewhere) {
            assertThatThrownBy(() -> SecretCiphertext.open(key, ciphertext, binding))
                    .as(binding.toString())
                    .isInstanceOf(GeneralSecurityException.class);
        }
    }

    @Test
    void anotherDataKeyDoesNotDecrypt() {
        String ciphertext = SecretCiphertext.seal(key, VALUE, HOME);
        DataKeys.DataKey replacement = new DataKeys.DataKey("key-1", Envelope.newKey());
        assertThatThrownBy(() -> SecretCiphertext.open(replacement, ciphertext, HOME))
                .isInstanceOf(GeneralSecurityException.class);
    }
}
