package dev.traverse.command.artifact;

/** Bytes of a type Traverse does not keep, or not the type the uploader said; rendered as 415. */
public class UnsupportedArtifactException extends RuntimeException {

    public UnsupportedArtifactException(String detail) {
        super(detail);
    }
}
