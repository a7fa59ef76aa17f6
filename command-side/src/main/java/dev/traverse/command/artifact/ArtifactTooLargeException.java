package dev.traverse.command.artifact;

/** An upload beyond the size limit; rendered as 413. */
public class ArtifactTooLargeException extends RuntimeException {

    public ArtifactTooLargeException(long maxBytes) {
        super("the upload exceeds the limit of " + maxBytes + " bytes");
    }
}
