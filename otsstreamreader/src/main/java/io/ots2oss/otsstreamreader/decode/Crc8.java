package io.ots2oss.otsstreamreader.decode;

/**
 * CRC-8/ATM (polynomial x^8 + x^2 + x + 1, no reflection, initial 0): PlainBuffer's cell and row checksum.
 *
 * <p>Runs of bytes are taken eight (then four) at a time ("slicing by 8"): the CRC is linear, so the register after eight bytes
 * is the XOR of each byte's contribution shifted through the bytes that follow it, and those eight table lookups do
 * not wait on one another as the byte-at-a-time loop's do.
 */
final class Crc8 {
    /** {@code SHIFTED[k][x]}: the register after byte {@code x} followed by {@code k} zero bytes, from register 0. */
    private static final byte[][] SHIFTED = new byte[8][256];

    static {
        for (int x = 0; x < 256; x++) {
            int crc = x;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x80) != 0 ? (crc << 1) ^ 0x07 : crc << 1;
            }
            SHIFTED[0][x] = (byte) crc;
        }
        for (int k = 1; k < 8; k++) {
            for (int x = 0; x < 256; x++) {
                SHIFTED[k][x] = SHIFTED[0][SHIFTED[k - 1][x] & 0xff];
            }
        }
    }

    private static final byte[] T0 = SHIFTED[0];
    private static final byte[] T1 = SHIFTED[1];
    private static final byte[] T2 = SHIFTED[2];
    private static final byte[] T3 = SHIFTED[3];
    private static final byte[] T4 = SHIFTED[4];
    private static final byte[] T5 = SHIFTED[5];
    private static final byte[] T6 = SHIFTED[6];
    private static final byte[] T7 = SHIFTED[7];

    private Crc8() {
    }

    static byte update(byte crc, byte value) {
        return T0[(crc ^ value) & 0xff];
    }

    static byte update(byte crc, byte[] bytes, int offset, int length) {
        int c = crc & 0xff;
        int i = offset;
        for (int end8 = offset + (length & ~7); i < end8; i += 8) {
            c = T7[(c ^ bytes[i]) & 0xff] ^ T6[bytes[i + 1] & 0xff] ^ T5[bytes[i + 2] & 0xff] ^ T4[bytes[i + 3] & 0xff]
                    ^ T3[bytes[i + 4] & 0xff] ^ T2[bytes[i + 5] & 0xff] ^ T1[bytes[i + 6] & 0xff] ^ T0[bytes[i + 7] & 0xff];
            c &= 0xff;
        }
        int end = offset + length;
        if (end - i >= 4) {
            c = (T3[(c ^ bytes[i]) & 0xff] ^ T2[bytes[i + 1] & 0xff] ^ T1[bytes[i + 2] & 0xff] ^ T0[bytes[i + 3] & 0xff]) & 0xff;
            i += 4;
        }
        for (; i < end; i++) {
            c = T0[(c ^ bytes[i]) & 0xff] & 0xff;
        }
        return (byte) c;
    }

    /** The eight bytes of {@code value}, least significant first (as PlainBuffer writes a timestamp). */
    static byte updateLittleEndian(byte crc, long value) {
        int c = crc & 0xff;
        c = T7[(c ^ (int) value) & 0xff] ^ T6[(int) (value >>> 8) & 0xff] ^ T5[(int) (value >>> 16) & 0xff]
                ^ T4[(int) (value >>> 24) & 0xff] ^ T3[(int) (value >>> 32) & 0xff] ^ T2[(int) (value >>> 40) & 0xff]
                ^ T1[(int) (value >>> 48) & 0xff] ^ T0[(int) (value >>> 56) & 0xff];
        return (byte) c;
    }
}
