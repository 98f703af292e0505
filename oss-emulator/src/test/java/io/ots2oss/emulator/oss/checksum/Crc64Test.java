package io.ots2oss.emulator.oss.checksum;

import com.aliyun.oss.common.utils.CRC64;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Crc64Test {

    @Test
    void checkValueMatchesCrc64Xz() {
        assertEquals(0x995DC9BBDF1939FAL, Crc64.of("123456789".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void emptyInputHasZeroCrc() {
        assertEquals(0L, Crc64.of(new byte[0]));
    }

    @Test
    void agreesWithTheSdkOnRandomData() {
        Random random = new Random(7);
        for (int size : new int[]{1, 7, 8, 9, 63, 1000, 65_537}) {
            byte[] data = new byte[size];
            random.nextBytes(data);
            CRC64 sdk = new CRC64();
            sdk.update(data, data.length);
            assertEquals(sdk.getValue(), Crc64.of(data), "size " + size);
        }
    }

    @Test
    void incrementalUpdatesEqualOneShot() {
        byte[] data = new byte[10_000];
        new Random(1).nextBytes(data);
        Crc64 crc = new Crc64();
        crc.update(data, 0, 3333);
        crc.update(data, 3333, data.length - 3333);
        assertEquals(Crc64.of(data), crc.value());
    }

    @Test
    void combineEqualsCrcOfConcatenation() {
        Random random = new Random(3);
        for (int split : new int[]{0, 1, 100, 4096, 9999, 10_000}) {
            byte[] data = new byte[10_000];
            random.nextBytes(data);
            long a = Crc64.update(0, data, 0, split);
            long b = Crc64.update(0, data, split, data.length - split);
            assertEquals(Crc64.of(data), Crc64.combine(a, b, data.length - split), "split " + split);
        }
    }

    @Test
    void printsUnsignedDecimalAsOssDoes() {
        assertEquals("11051210869376104954", Crc64.toUnsignedString(0x995DC9BBDF1939FAL));
    }
}
