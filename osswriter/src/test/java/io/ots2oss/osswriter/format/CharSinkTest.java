package io.ots2oss.osswriter.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CharSinkTest {
    private static String written(Charset charset, long... values) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CharSink sink = new CharSink(out, charset);
        for (long value : values) {
            sink.appendLong(value);
            sink.append(',');
        }
        sink.flush();
        return new String(out.toByteArray(), charset);
    }

    private static String expected(long... values) {
        StringBuilder text = new StringBuilder();
        for (long value : values) {
            text.append(Long.toString(value)).append(',');
        }
        return text.toString();
    }

    @Test
    void aLongIsWrittenWithExactlyTheDigitsOfLongToString() throws Exception {
        long[] values = {0, 1, -1, 9, 10, -10, 99_999_999, 100_000_000, -100_000_000, 1_733_368_000_000L,
                Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1,
                999_999_999_999_999_999L, 1_000_000_000_000_000_000L, 10_000_000_000_000_000L};
        assertEquals(expected(values), written(StandardCharsets.UTF_8, values));
    }

    @Test
    void randomLongsOfEveryLengthMatchLongToString() throws Exception {
        Random random = new Random(3);
        long[] values = new long[5_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextLong() >> random.nextInt(64);
        }
        assertEquals(expected(values), written(StandardCharsets.UTF_8, values));
    }

    @Test
    void longsAcrossBufferBoundariesAndInAWideCharsetStayWhole() throws Exception {
        long[] values = new long[20_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = 1_733_368_000_000L + i;
        }
        assertEquals(expected(values), written(StandardCharsets.UTF_16LE, values));
    }
}
