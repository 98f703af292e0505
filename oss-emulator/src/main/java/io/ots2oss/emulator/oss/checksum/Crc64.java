package io.ots2oss.emulator.oss.checksum;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * CRC-64/XZ (the "ECMA" variant OSS reports in {@code x-oss-hash-crc64ecma}): reflected polynomial
 * 0xC96C5795D7870F42, register inverted before and after. Table-driven, eight bytes per step, because
 * every uploaded byte passes through it.
 */
public final class Crc64 {
    private static final long POLY = 0xC96C5795D7870F42L;
    /** Eight 256-entry tables back to back: entry k*256+n is byte n followed by k zero bytes. */
    private static final long[] TABLE = buildTable();
    /** One 8-byte load per step instead of eight byte loads. */
    private static final VarHandle LITTLE_ENDIAN_LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** X_POW_2K[k] = x^(2^k) mod P in reflected form; used to shift a CRC past a run of zero bytes. */
    private static final long[] X_POW_2K = buildPowers();

    private long crc;

    public void update(byte[] data, int offset, int length) {
        crc = update(crc, data, offset, length);
    }

    public long value() {
        return crc;
    }

    public static long of(byte[] data) {
        return update(0, data, 0, data.length);
    }

    /** Continues {@code current} (a finished CRC of earlier bytes) over more bytes. */
    public static long update(long current, byte[] data, int offset, int length) {
        long r = ~current;
        int i = offset;
        int end = offset + length;
        long[] t = TABLE;
        while (end - i >= 8) {
            long x = r ^ (long) LITTLE_ENDIAN_LONG.get(data, i);
            r = t[7 * 256 + (int) (x & 0xFF)]
                    ^ t[6 * 256 + (int) ((x >>> 8) & 0xFF)]
                    ^ t[5 * 256 + (int) ((x >>> 16) & 0xFF)]
                    ^ t[4 * 256 + (int) ((x >>> 24) & 0xFF)]
                    ^ t[3 * 256 + (int) ((x >>> 32) & 0xFF)]
                    ^ t[2 * 256 + (int) ((x >>> 40) & 0xFF)]
                    ^ t[256 + (int) ((x >>> 48) & 0xFF)]
                    ^ t[(int) (x >>> 56)];
            i += 8;
        }
        while (i < end) {
            r = t[(int) ((r ^ data[i]) & 0xFF)] ^ (r >>> 8);
            i++;
        }
        return ~r;
    }

    /** The CRC of A followed by B, from crc(A), crc(B) and the length of B. */
    public static long combine(long crcA, long crcB, long lengthB) {
        if (lengthB <= 0) {
            return crcA; // B is empty
        }
        return multiplyModP(xPowEightN(lengthB), crcA) ^ crcB;
    }

    /** OSS sends the CRC as an unsigned decimal. */
    public static String toUnsignedString(long crc) {
        return Long.toUnsignedString(crc);
    }

    private static long xPowEightN(long n) {
        long result = 1L << 63; // x^0 in reflected form
        int k = 3; // 8 = 2^3
        while (n != 0) {
            if ((n & 1) != 0) {
                result = multiplyModP(X_POW_2K[k], result);
            }
            n >>>= 1;
            k++;
        }
        return result;
    }

    /** Polynomial product a*b mod P, both in reflected form (bit 63 is x^0). */
    private static long multiplyModP(long a, long b) {
        long product = 0;
        for (long bit = 1L << 63; bit != 0; bit >>>= 1) {
            if ((a & bit) != 0) {
                product ^= b;
            }
            b = (b & 1) != 0 ? (b >>> 1) ^ POLY : b >>> 1;
        }
        return product;
    }

    private static long[] buildTable() {
        long[] table = new long[8 * 256];
        for (int n = 0; n < 256; n++) {
            long c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ POLY : c >>> 1;
            }
            table[n] = c;
        }
        for (int n = 0; n < 256; n++) {
            long c = table[n];
            for (int k = 1; k < 8; k++) {
                c = table[(int) (c & 0xFF)] ^ (c >>> 8);
                table[k * 256 + n] = c;
            }
        }
        return table;
    }

    private static long[] buildPowers() {
        long[] powers = new long[72];
        powers[0] = 1L << 62; // x^1
        for (int k = 1; k < powers.length; k++) {
            powers[k] = multiplyModP(powers[k - 1], powers[k - 1]);
        }
        return powers;
    }
}
