package io.ots2oss.otsstreamreader.decode;

import java.nio.charset.StandardCharsets;

/**
 * The column names of one shard's stream, decoded once: a table has few names and every record repeats them, so a
 * direct-mapped cache keyed by the name's UTF-8 bytes spares a String (and its hash) per cell. The same String object
 * then comes back for every record, so later lookups by name hit the cached hash code.
 */
final class NameCache {
    private static final int SLOTS = 512;

    private final byte[][] keys = new byte[SLOTS][];
    private final String[] names = new String[SLOTS];
    private final boolean beforeFirstColon;

    /**
     * @param beforeFirstColon whether a name is shown only up to its first ':', as the SDK shows a time-series field
     *                         ({@code name:type})
     */
    NameCache(boolean beforeFirstColon) {
        this.beforeFirstColon = beforeFirstColon;
    }

    /**
     * The name stored in {@code bytes[offset, offset + length)}.
     *
     * @param checksum the CRC-8 of those bytes, which the decoder computes anyway: with the length, a hash for free
     */
    String name(byte[] bytes, int offset, int length, byte checksum) {
        int slot = ((checksum & 0xff) ^ (length << 8)) * 0x9E3779B1 >>> 23 & (SLOTS - 1);
        byte[] key = keys[slot];
        if (key != null && sameBytes(key, bytes, offset, length)) {
            return names[slot];
        }
        String name = new String(bytes, offset, shownLength(bytes, offset, length), StandardCharsets.UTF_8);
        byte[] copy = new byte[length];
        System.arraycopy(bytes, offset, copy, 0, length);
        keys[slot] = copy;
        names[slot] = name;
        return name;
    }

    /** The length in bytes of the name as shown. ':' is one byte in UTF-8 and never part of another character, so the cut can be made on the bytes. */
    int shownLength(byte[] bytes, int offset, int length) {
        if (beforeFirstColon) {
            for (int i = 0; i < length; i++) {
                if (bytes[offset + i] == ':') {
                    return i;
                }
            }
        }
        return length;
    }

    private static boolean sameBytes(byte[] key, byte[] bytes, int offset, int length) {
        if (key.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key[i] != bytes[offset + i]) {
                return false;
            }
        }
        return true;
    }

}
