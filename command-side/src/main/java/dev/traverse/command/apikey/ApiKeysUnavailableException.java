package dev.traverse.command.apikey;

/** No pepper is configured, so keys can be neither made nor checked; rendered as 503. */
public class ApiKeysUnavailableException extends RuntimeException {

    public ApiKeysUnavailableException() {
        super("API keys are not configured: set traverse.api-keys.pepper (at least 32 bytes)");
    }
}
