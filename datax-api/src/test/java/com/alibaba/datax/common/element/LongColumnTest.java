package com.alibaba.datax.common.element;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Date;

import static com.alibaba.datax.common.element.ConversionAssertions.assertNotSupported;
import static com.alibaba.datax.common.element.ConversionAssertions.assertOverflow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LongColumnTest {

    @Test
    void numericConversionsKeepTheValue() {
        LongColumn column = new LongColumn(42L);
        assertEquals(Long.valueOf(42), column.asLong());
        assertEquals(Double.valueOf(42), column.asDouble());
        assertEquals(BigInteger.valueOf(42), column.asBigInteger());
        assertEquals(new BigDecimal(42), column.asBigDecimal());
        assertEquals("42", column.asString());
    }

    @Test
    void nonZeroIsTrueAndZeroIsFalse() {
        assertEquals(Boolean.TRUE, new LongColumn(-3).asBoolean());
        assertEquals(Boolean.FALSE, new LongColumn(0).asBoolean());
    }

    @Test
    void dateReadsEpochMillis() {
        assertEquals(new Date(1000L), new LongColumn(1000L).asDate());
    }

    @Test
    void stringConstructorTruncatesFraction() {
        assertEquals(Long.valueOf(12), new LongColumn("12.9").asLong());
    }

    @Test
    void stringConstructorCountsTextLength() {
        assertEquals(4, new LongColumn("1234").getByteSize());
    }

    @Test
    void numericConstructorCountsEightBytes() {
        assertEquals(8, new LongColumn(1L).getByteSize());
        assertEquals(0, new LongColumn().getByteSize());
    }

    @Test
    void nonNumericTextIsRejected() {
        assertNotSupported(() -> new LongColumn("abc"));
    }

    @Test
    void valueBeyondLongOverflowsAsLong() {
        LongColumn huge = new LongColumn(new BigInteger("99999999999999999999"));
        assertOverflow(huge::asLong);
        assertEquals(new BigInteger("99999999999999999999"), huge.asBigInteger());
    }

    @Test
    void bytesAreNotSupported() {
        assertNotSupported(() -> new LongColumn(1L).asBytes());
    }

    @Test
    void nullValueConvertsToNull() {
        LongColumn column = new LongColumn((Long) null);
        assertNull(column.asLong());
        assertNull(column.asString());
        assertNull(column.asDate());
        assertNull(column.asBoolean());
        assertEquals(Column.Type.LONG, column.getType());
    }
}
