package dev.traverse.command.id;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * CUID2-style identifiers: 24 characters, a lowercase letter followed by base-36 digits of a SHA3-256 hash over the
 * time, a per-process counter and a fingerprint of the host and process that includes 32 secret random bytes. They are unguessable, collision-resistant
 * across nodes and safe in URLs.
 */
public final class Ids {

    public static final int LENGTH = 24;
    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9]{23}");
    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicLong COUNTER = new AtomicLong(RANDOM.nextLong());
    private static final byte[] FINGERPRINT = fingerprint();
    private static final ThreadLocal<MessageDigest> SHA3 = ThreadLocal.withInitial(Ids::sha3);

    private Ids() {}

    /**
     * A new identifier. The hash input holds the per-process secret (32 random bytes), so ids are unguessable without
     * fresh randomness per id: the shared {@link SecureRandom} and a big-integer base conversion made id generation a
     * tenth of a batch request's CPU (docs/benchmarks.md, P2).
     */
    public static String next() {
        MessageDigest digest = SHA3.get();
        digest.update(ByteBuffer.allocate(16)
                .putLong(System.currentTimeMillis())
                .putLong(COUNTER.incrementAndGet())
                .array());
        digest.update(FINGERPRINT);
        byte[] hash = digest.digest();
        char[] id = new char[LENGTH];
        id[0] = (char) ('a' + Byte.toUnsignedInt(hash[0]) % 26);
        for (int i = 1; i < LENGTH; i++) {
            id[i] = DIGITS.charAt(Byte.toUnsignedInt(hash[i]) % DIGITS.length());
        }
        return new String(id);
    }

    /** Whether {@code value} has the shape of an identifier made by {@link #next()}. */
    public static boolean isWellFormed(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    private static byte[] fingerprint() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String host = System.getenv().getOrDefault("HOSTNAME", "");
        MessageDigest digest = sha3();
        digest.update(random);
        digest.update(host.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update(Long.toString(ProcessHandle.current().pid()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return digest.digest();
    }

    private static MessageDigest sha3() {
        try {
            return MessageDigest.getInstance("SHA3-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA3-256 is part of every Java 17 runtime", e);
        }
    }
}
