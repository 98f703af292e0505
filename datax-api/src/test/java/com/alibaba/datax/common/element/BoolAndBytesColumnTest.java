package com.alibaba.datax.common.element;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import static com.alibaba.datax.common.element.ConversionAssertions.assertNotSupported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BoolAndBytesColumnTest {

    @Test
    void trueIsOneAndFalseIsZero() {
        assertEquals(Long.valueOf(1), new BoolColumn(true).asLong());
        assertEquals(Double.valueOf(0), new BoolColumn(false).asDouble());
        assertEquals(BigInteger.ONE, new BoolColumn(true).asBigInteger());
        assertEquals(BigDecimal.ZERO, new BoolColumn(false).asBigDecimal());
        assertEquals("true", new BoolColumn(true).asString());
    }

    @Test
    void boolFromTextAcceptsAnyCase() {
        assertEquals(Boolean.TRUE, new BoolColumn("True").asBoolean());
    }

    @Test
    void boolFromOtherTextIsRejected() {
        assertNotSupported(() -> new BoolColumn("yes"));
    }

    @Test
    void boolToDateOrBytesIsNotSupported() {
        assertNotSupported(() -> new BoolColumn(true).asDate());
        assertNotSupported(() -> new BoolColumn(true).asBytes());
    }

    @Test
    void boolCountsOneByte() {
        assertEquals(1, new BoolColumn(true).getByteSize());
    }

    @Test
    void nullBoolConvertsToNull() {
        assertNull(new BoolColumn().asLong());
        assertNull(new BoolColumn().asString());
    }

    @Test
    void bytesDecodeAsUtf8String() {
        assertEquals("数据", new BytesColumn("数据".getBytes(StandardCharsets.UTF_8)).asString());
    }

    @Test
    void bytesCountTheirLength() {
        assertEquals(6, new BytesColumn("数据".getBytes(StandardCharsets.UTF_8)).getByteSize());
    }

    @Test
    void bytesToAnythingButStringIsNotSupported() {
        BytesColumn column = new BytesColumn(new byte[] {1});
        assertNotSupported(column::asLong);
        assertNotSupported(column::asDouble);
        assertNotSupported(column::asBigInteger);
        assertNotSupported(column::asBigDecimal);
        assertNotSupported(column::asBoolean);
        assertNotSupported(column::asDate);
    }

    @Test
    void nullBytesConvertToNull() {
        assertNull(new BytesColumn().asString());
        assertNull(new BytesColumn().asBytes());
    }
}
