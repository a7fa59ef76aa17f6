package dev.traverse.query.http;

import java.util.Optional;
import java.util.function.ToLongFunction;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A single resource read: 200 with its version as the ETag, 304 when the caller's {@code If-None-Match} already
 * names that version, 404 when it is missing.
 */
public final class Found {

    private Found() {}

    public static <T> ResponseEntity<T> of(
            Optional<T> view, ToLongFunction<T> version, String ifNoneMatch, String what) {
        T found = view.orElseThrow(() -> new NotFoundException(what + " not found"));
        String etag = "\"" + version.applyAsLong(found) + "\"";
        if (ifNoneMatch != null
                && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok().eTag(etag).body(found);
    }
}
