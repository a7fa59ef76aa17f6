package dev.traverse.command.secret;

/** The secret's data key was destroyed: its value can never be read again; rendered as 410. */
public class SecretShreddedException extends RuntimeException {

    public SecretShreddedException() {
        super("the project's data key was destroyed; this secret's value can no longer be read");
    }
}
