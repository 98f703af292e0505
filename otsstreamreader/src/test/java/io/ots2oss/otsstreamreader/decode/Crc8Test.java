package io.ots2oss.otsstreamreader.decode;

import com.alicloud.openservices.tablestore.core.protocol.PlainBufferCrc8;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Crc8Test {
    @Test
    void matchesTheCrc8AtmCheckValue() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertEquals((byte) 0xF4, Crc8.update((byte) 0, check, 0, check.length));
    }

    @Test
    void runsOfEveryLengthAndOffsetMatchTheSdksChecksum() {
        Random random = new Random(17);
        for (int length = 0; length < 70; length++) {
            byte[] bytes = new byte[length + 5];
            random.nextBytes(bytes);
            byte start = (byte) random.nextInt();
            byte expected = PlainBufferCrc8.crc8(start, Arrays.copyOfRange(bytes, 3, 3 + length));
            assertEquals(expected, Crc8.update(start, bytes, 3, length), "length " + length);
        }
    }

    @Test
    void aLongIsTakenLeastSignificantByteFirstAsTheSdkTakesATimestamp() {
        Random random = new Random(5);
        for (int i = 0; i < 1000; i++) {
            long value = random.nextLong();
            byte start = (byte) random.nextInt();
            assertEquals(PlainBufferCrc8.crc8(start, value), Crc8.updateLittleEndian(start, value));
        }
    }
}
