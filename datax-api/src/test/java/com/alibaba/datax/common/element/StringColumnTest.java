package com.alibaba.datax.common.element;

import com.alibaba.datax.common.util.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Date;

import static com.alibaba.datax.common.element.ConversionAssertions.assertNotSupported;
import static com.alibaba.datax.common.element.ConversionAssertions.assertOverflow;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class StringColumnTest {

    /** 2024-01-02 03:04:05 at GMT+8. */
    private static final long MILLIS = 1704135845000L;

    @AfterEach
    void restoreDefaults() {
        ColumnCast.bind(Configuration.newDefault());
    }

    @Test
    void numbersParse() {
        assertEquals(Long.valueOf(-17), new StringColumn("-17").asLong());
        assertEquals(Double.valueOf(2.5), new StringColumn("2.5").asDouble());
        assertEquals(new BigDecimal("2.50"), new StringColumn("2.50").asBigDecimal());
        assertEquals(BigInteger.valueOf(2), new StringColumn("2.9").asBigInteger());
    }

    @Test
    void nonNumericTextIsNotSupportedAsNumber() {
        assertNotSupported(() -> new StringColumn("abc").asLong());
        assertNotSupported(() -> new StringColumn("abc").asDouble());
        assertNotSupported(() -> new StringColumn("abc").asBigDecimal());
    }

    @Test
    void nanIsADoubleButNotALong() {
        assertEquals(Double.NaN, new StringColumn("NaN").asDouble());
        assertNotSupported(() -> new StringColumn("NaN").asLong());
    }

    @Test
    void valueBeyondLongOverflows() {
        assertOverflow(() -> new StringColumn("99999999999999999999").asLong());
    }

    @Test
    void boolAcceptsOnlyTrueAndFalse() {
        assertEquals(Boolean.TRUE, new StringColumn("TRUE").asBoolean());
        assertEquals(Boolean.FALSE, new StringColumn("false").asBoolean());
        assertNotSupported(() -> new StringColumn("1").asBoolean());
    }

    @Test
    void dateParsesDefaultDatetimeFormatInGmtPlus8() {
        assertEquals(new Date(MILLIS), new StringColumn("2024-01-02 03:04:05").asDate());
    }

    @Test
    void dateFallsBackToDateFormat() {
        assertEquals(new Date(MILLIS - 3 * 3600_000L - 4 * 60_000L - 5_000L),
                new StringColumn("2024-01-02").asDate());
    }

    @Test
    void dateWithExplicitFormat() {
        assertEquals(new Date(MILLIS), new StringColumn("20240102030405").asDate("yyyyMMddHHmmss"));
    }

    @Test
    void unparseableDateIsNotSupported() {
        assertNotSupported(() -> new StringColumn("yesterday").asDate());
    }

    @Test
    void boundTimeZoneChangesParsing() {
        ColumnCast.bind(Configuration.from("{\"common\":{\"column\":{\"timeZone\":\"GMT\"}}}"));
        assertEquals(new Date(MILLIS + 8 * 3600_000L), new StringColumn("2024-01-02 03:04:05").asDate());
    }

    @Test
    void boundExtraFormatIsTried() {
        ColumnCast.bind(Configuration.from("{\"common\":{\"column\":{\"extraFormats\":[\"yyyy/MM/dd HH:mm:ss\"]}}}"));
        assertEquals(new Date(MILLIS), new StringColumn("2024/01/02 03:04:05").asDate());
    }

    @Test
    void bytesUseUtf8ByDefault() {
        assertArrayEquals("数据".getBytes(StandardCharsets.UTF_8), new StringColumn("数据").asBytes());
    }

    @Test
    void byteSizeIsTextLength() {
        assertEquals(3, new StringColumn("abc").getByteSize());
        assertEquals(0, new StringColumn().getByteSize());
    }

    @Test
    void nullValueConvertsToNull() {
        StringColumn column = new StringColumn(null);
        assertNull(column.asString());
        assertNull(column.asLong());
        assertNull(column.asDouble());
        assertNull(column.asBoolean());
        assertNull(column.asDate());
        assertNull(column.asBytes());
    }
}
