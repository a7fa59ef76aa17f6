package dev.traverse.command.secret;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * How a secret value is written in events: {@code <data key id>:<base64url of nonce, ciphertext and tag>}, encrypted
 * with the project's data key and bound to organization, project, secret and version. A ciphertext copied to another
 * secret, version, project or organization does not decrypt.
 */
final class SecretCiphertext {

    private SecretCiphertext() {}

    static String seal(DataKeys.DataKey key, String plaintext, Binding binding) {
        byte[] sealed = Envelope.seal(key.key(), plaintext.getBytes(StandardCharsets.UTF_8), binding.associatedData());
        return key.id() + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(sealed);
    }

    static String keyId(String ciphertext) {
        int colon = ciphertext.indexOf(':');
        return colon < 0 ? "" : ciphertext.substring(0, colon);
    }

    static String open(DataKeys.DataKey key, String ciphertext, Binding binding) throws GeneralSecurityException {
        byte[] sealed = Base64.getUrlDecoder().decode(ciphertext.substring(ciphertext.indexOf(':') + 1));
        return new String(Envelope.open(key.key(), sealed, binding.associatedData()), StandardCharsets.UTF_8);
    }

    /** Where a ciphertext belongs. */
    record Binding(String organizationId, String projectId, String secretId, long version) {

        String associatedData() {
            return "secret|" + organizationId + "|" + projectId + "|" + secretId + "|" + version;
        }
    }
}
