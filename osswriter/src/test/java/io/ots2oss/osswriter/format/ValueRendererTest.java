package io.ots2oss.osswriter.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

import org.junit.jupiter.api.Test;

import com.alibaba.datax.common.element.Column;
import com.alibaba.datax.common.element.DoubleColumn;
import com.alibaba.datax.common.element.LongColumn;

import io.ots2oss.osswriter.config.FormatConfig;

/** Numbers are written with exactly the text DataX's own columns give (run with -Pupstream-datax against the real ones). */
class ValueRendererTest {
    private final ValueRenderer renderer = new ValueRenderer(
            new FormatConfig(",", "\n", StandardCharsets.UTF_8, "", null, false, Collections.<String>emptyList()));

    @Test
    void longsRenderAsDataXDoes() {
        long[] values = {0, 1, -1, 9, 10, -10, 123456789, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1,
                Long.MIN_VALUE + 1, Integer.MAX_VALUE, Integer.MIN_VALUE, 1L << 62, -(1L << 62)};
        for (long value : values) {
            assertRendersAsDataX(new LongColumn(value));
        }
    }

    @Test
    void integersBeyondLongRenderAsDataXDoes() {
        BigInteger beyond = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);
        assertRendersAsDataX(new LongColumn(beyond));
        assertRendersAsDataX(new LongColumn(BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE)));
        assertRendersAsDataX(new LongColumn(BigInteger.TEN.pow(40).negate()));
        assertEquals("9223372036854775808", renderer.render(new LongColumn(beyond)));
    }

    @Test
    void longsParsedFromTextRenderAsDataXDoes() {
        assertRendersAsDataX(new LongColumn("12.7"));
        assertRendersAsDataX(new LongColumn("-0"));
        assertRendersAsDataX(new LongColumn("99999999999999999999999"));
    }

    @Test
    void doublesRenderAsDataXDoes() {
        double[] values = {0.0, -0.0, 1.0, -1.5, 1e-7, 1.0E-300, 1e21, 1e22, 123456789.125, Double.MIN_VALUE,
                Double.MAX_VALUE, -Double.MAX_VALUE, 0.1 + 0.2, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double value : values) {
            assertRendersAsDataX(new DoubleColumn(value));
        }
        assertRendersAsDataX(new DoubleColumn("1e-7"));
        assertRendersAsDataX(new DoubleColumn(new BigInteger("123456789012345678901234567890")));
    }

    @Test
    void nullLongIsNull() {
        assertEquals(null, renderer.render(new LongColumn((Long) null)));
    }

    private void assertRendersAsDataX(Column column) {
        assertEquals(column.asString(), renderer.render(column), "rendering of " + column.getRawData());
    }
}
