package com.alibaba.datax.common.element;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;

import static com.alibaba.datax.common.element.ConversionAssertions.assertNotSupported;
import static com.alibaba.datax.common.element.ConversionAssertions.assertOverflow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DoubleColumnTest {

    @Test
    void keepsExactDecimalText() {
        assertEquals("0.1", new DoubleColumn("0.1").asString());
        assertEquals(new BigDecimal("0.1"), new DoubleColumn("0.1").asBigDecimal());
    }

    @Test
    void doubleConstructorStoresPlainText() {
        assertEquals("12300000000", new DoubleColumn(1.23e10).asString());
    }

    @Test
    void asLongTruncatesTowardZero() {
        assertEquals(Long.valueOf(-2), new DoubleColumn("-2.7").asLong());
        assertEquals(BigInteger.valueOf(2), new DoubleColumn("2.7").asBigInteger());
    }

    @Test
    void specialValuesConvertToDouble() {
        assertTrue(new DoubleColumn(Double.NaN).asDouble().isNaN());
        assertEquals(Double.NEGATIVE_INFINITY, new DoubleColumn("-Infinity").asDouble());
        assertEquals(Double.POSITIVE_INFINITY, new DoubleColumn("Infinity").asDouble());
    }

    @Test
    void specialValuesHaveNoDecimal() {
        assertNotSupported(() -> new DoubleColumn("NaN").asBigDecimal());
    }

    @Test
    void nonNumericTextIsRejected() {
        assertNotSupported(() -> new DoubleColumn("1.2.3"));
    }

    @Test
    void decimalBeyondDoubleOverflows() {
        assertOverflow(() -> new DoubleColumn("1e400").asDouble());
    }

    @Test
    void decimalBeyondLongOverflowsAsLong() {
        assertOverflow(() -> new DoubleColumn("1e30").asLong());
    }

    @Test
    void byteSizeIsTextLength() {
        assertEquals(4, new DoubleColumn("1.25").getByteSize());
    }

    @Test
    void boolDateAndBytesAreNotSupported() {
        DoubleColumn column = new DoubleColumn(1.0);
        assertNotSupported(column::asBoolean);
        assertNotSupported(column::asDate);
        assertNotSupported(() -> column.asDate("yyyy"));
        assertNotSupported(column::asBytes);
    }

    @Test
    void nullValueConvertsToNull() {
        assertNull(new DoubleColumn().asDouble());
        assertNull(new DoubleColumn().asLong());
    }
}
