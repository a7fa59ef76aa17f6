package dev.traverse.command.secret;

/** No master key is configured, so secrets can be neither stored nor read; rendered as 503. */
public class SecretStorageUnavailableException extends RuntimeException {

    public SecretStorageUnavailableException() {
        super(
                "secret storage is not configured: set traverse.secrets.master-keys and traverse.secrets.active-master-key");
    }
}
