package dev.traverse.command.artifact;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** How large an artifact may be ({@code traverse.artifacts.max-size}, default 10 MB). */
@Component
public class ArtifactLimits {

    private final DataSize maxSize;

    ArtifactLimits(@Value("${traverse.artifacts.max-size:10MB}") DataSize maxSize) {
        this.maxSize = maxSize;
    }

    public DataSize maxSize() {
        return maxSize;
    }
}
