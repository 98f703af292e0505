package io.ots2oss.otsstreamreader.decode;

import java.nio.charset.StandardCharsets;

/**
 * The column names of one decoder's stream, decoded once: a table has few names and every record repeats them, so a
 * direct-mapped cache keyed by the name's stored bytes spares a String (and its hash) per cell. The same String object
 * then comes back for every record, so later lookups by name hit the cached hash code.
 */
final class NameCache {
    private static final int SLOTS = 512;

    private final byte[][] keys = new byte[SLOTS][];
    private final Name[] names = new Name[SLOTS];
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
     * @param storedChecksum the CRC-8 of those bytes, which the decoder computes anyway: with the length, a hash for
     *                       free
     */
    Name name(byte[] bytes, int offset, int length, byte storedChecksum) {
        int slot = ((storedChecksum & 0xff) ^ (length << 8)) * 0x9E3779B1 >>> 23 & (SLOTS - 1);
        byte[] key = keys[slot];
        if (key != null && sameBytes(key, bytes, offset, length)) {
            return names[slot];
        }
        Name name = new Name(new String(bytes, offset, length, StandardCharsets.UTF_8), beforeFirstColon);
        byte[] copy = new byte[length];
        System.arraycopy(bytes, offset, copy, 0, length);
        keys[slot] = copy;
        names[slot] = name;
        return name;
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

    /** A column name as a record shows it, with what the decoder checks and counts of it. */
    static final class Name {
        /** The name a record shows (a time-series field's without its {@code :type}); may be empty. */
        final String shown;
        /** Its size as the SDK counts it: the shown text's UTF-8 bytes. */
        final int shownBytes;
        /**
         * The cell checksum's start, as the SDK computes it: the CRC-8 of the name's text encoded again in UTF-8, which
         * differs from the stored bytes' when those are not well-formed UTF-8.
         */
        final byte checksum;

        Name(String stored, boolean beforeFirstColon) {
            int colon = beforeFirstColon ? stored.indexOf(':') : -1;
            this.shown = colon < 0 ? stored : stored.substring(0, colon);
            this.shownBytes = shown.getBytes(StandardCharsets.UTF_8).length;
            byte[] encoded = stored.getBytes(StandardCharsets.UTF_8);
            this.checksum = Crc8.update((byte) 0, encoded, 0, encoded.length);
        }
    }
}
