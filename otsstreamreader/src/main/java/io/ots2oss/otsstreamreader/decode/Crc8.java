package io.ots2oss.otsstreamreader.decode;

/** CRC-8/ATM (polynomial x^8 + x^2 + x + 1, no reflection, initial 0): PlainBuffer's cell and row checksum. */
final class Crc8 {
    private static final byte[] TABLE = new byte[256];

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x80) != 0 ? (crc << 1) ^ 0x07 : crc << 1;
            }
            TABLE[i] = (byte) crc;
        }
    }

    private Crc8() {
    }

    static byte update(byte crc, byte value) {
        return TABLE[(crc ^ value) & 0xff];
    }

    static byte update(byte crc, byte[] bytes, int offset, int length) {
        int c = crc & 0xff;
        for (int i = offset, end = offset + length; i < end; i++) {
            c = TABLE[(c ^ bytes[i]) & 0xff] & 0xff;
        }
        return (byte) c;
    }

    /** The eight bytes of {@code value}, least significant first (as PlainBuffer writes a timestamp). */
    static byte updateLittleEndian(byte crc, long value) {
        byte c = crc;
        for (int i = 0; i < 8; i++) {
            c = update(c, (byte) (value >>> (8 * i)));
        }
        return c;
    }
}
