package dev.traverse.command.apikey;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.zip.CRC32;

/**
 * The shape of an API key: {@code crk_live_}, 32 random base62 characters (190 bits), and 4 base62 characters of a
 * CRC-32 over them. The checksum lets a malformed or mistyped key be refused before any database lookup, and lets
 * secret scanners recognise real keys.
 */
public final class ApiKeyFormat {

    public static final String PREFIX = "crk_live_";
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int RANDOM_LENGTH = 32;
    private static final int CHECKSUM_LENGTH = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeyFormat() {}

    /** A new key. */
    public static String generate() {
        StringBuilder body = new StringBuilder(RANDOM_LENGTH);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            body.append(BASE62.charAt(RANDOM.nextInt(BASE62.length())));
        }
        return PREFIX + body + checksum(body.toString());
    }

    /** Whether {@code token} could be a key: prefix, length, alphabet and checksum. */
    public static boolean isWellFormed(String token) {
        if (token == null
                || !token.startsWith(PREFIX)
                || token.length() != PREFIX.length() + RANDOM_LENGTH + CHECKSUM_LENGTH) {
            return false;
        }
        for (int i = PREFIX.length(); i < token.length(); i++) {
            if (BASE62.indexOf(token.charAt(i)) < 0) {
                return false;
            }
        }
        String body = token.substring(PREFIX.length(), PREFIX.length() + RANDOM_LENGTH);
        return checksum(body).equals(token.substring(PREFIX.length() + RANDOM_LENGTH));
    }

    /** What a list shows of a key: the prefix and its last four characters. */
    public static String hint(String token) {
        return PREFIX + "..." + token.substring(token.length() - 4);
    }

    private static String checksum(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.US_ASCII));
        long value = crc.getValue();
        char[] digits = new char[CHECKSUM_LENGTH];
        for (int i = CHECKSUM_LENGTH - 1; i >= 0; i--) {
            digits[i] = BASE62.charAt((int) (value % 62));
            value /= 62;
        }
        return new String(digits);
    }
}
