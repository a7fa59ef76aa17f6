package dev.traverse.app.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hash chain's link function, the same as the database's {@code es.chain_link} (migration V60): SHA-256 of the
 * predecessor's hash and the event's stored columns, numbers as 8 bytes big-endian, texts (UTF-8) and byte columns
 * prefixed with their length as 4 bytes big-endian, -1 for {@code NULL}. Written again here so that verification
 * never relies on the database's own function.
 */
public final class ChainHash {

    /** The predecessor of every aggregate's first event. */
    public static final byte[] GENESIS = new byte[32];

    private static final byte[] NULL_LENGTH = {-1, -1, -1, -1};

    private ChainHash() {}

    /** The chain hash {@code event} must carry when it follows an event hashed {@code previous}. */
    public static byte[] link(byte[] previous, StoredEvent event) {
        MessageDigest digest = sha256();
        digest.update(previous);
        digest.update(int8(event.globalIndex()));
        text(digest, event.eventIdentifier());
        text(digest, event.aggregateIdentifier());
        digest.update(int8(event.sequenceNumber()));
        text(digest, event.type());
        text(digest, event.timeStamp());
        text(digest, event.payloadType());
        text(digest, event.payloadRevision());
        bytes(digest, event.payload());
        bytes(digest, event.metaData());
        return digest.digest();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static byte[] int8(long value) {
        return ByteBuffer.allocate(Long.BYTES).putLong(value).array();
    }

    private static void text(MessageDigest digest, String value) {
        bytes(digest, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    static void bytes(MessageDigest digest, byte[] value) {
        if (value == null) {
            digest.update(NULL_LENGTH);
            return;
        }
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(value.length).array());
        digest.update(value);
    }
}
