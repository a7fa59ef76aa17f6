package dev.traverse.command.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The body of a successful write: the resource's id and its version after the write. The full resource is read at
 * its URL; the write's response is only sent once that read is guaranteed to show the write.
 *
 * @param id the written resource's id
 * @param version its version, also sent as the ETag
 */
public record Written(String id, long version) {

    /** 201 with Location and ETag. */
    public static ResponseEntity<Written> created(String location, String id, long version) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create(location))
                .eTag(IfMatch.etag(version))
                .body(new Written(id, version));
    }

    /** 200 with ETag. */
    public static ResponseEntity<Written> updated(String id, long version) {
        return ResponseEntity.ok().eTag(IfMatch.etag(version)).body(new Written(id, version));
    }

    /** 204. */
    public static ResponseEntity<Void> deleted() {
        return ResponseEntity.noContent().build();
    }
}
