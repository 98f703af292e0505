package com.alibaba.datax.common.element;

import com.alibaba.datax.common.util.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Date;

import static com.alibaba.datax.common.element.ConversionAssertions.assertNotSupported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DateColumnTest {

    /** 2024-01-02 03:04:05 at GMT+8. */
    private static final long MILLIS = 1704135845000L;

    @AfterEach
    void restoreDefaults() {
        ColumnCast.bind(Configuration.newDefault());
    }

    @Test
    void datetimePrintsWithDefaultFormatInGmtPlus8() {
        assertEquals("2024-01-02 03:04:05", new DateColumn(MILLIS).asString());
    }

    @Test
    void sqlDatePrintsDateOnly() {
        assertEquals("2024-01-02", new DateColumn(new java.sql.Date(MILLIS)).asString());
    }

    @Test
    void sqlTimePrintsTimeOnly() {
        assertEquals("03:04:05", new DateColumn(new java.sql.Time(MILLIS)).asString());
    }

    @Test
    void timeWithNanosKeepsNanosAndPrecision() {
        DateColumn column = new DateColumn(new java.sql.Time(MILLIS), 123, 9);
        assertEquals(123L, column.getNanos());
        assertEquals(9, column.getPrecision());
        assertEquals(DateColumn.DateType.TIME, column.getSubType());
    }

    @Test
    void boundFormatChangesPrinting() {
        ColumnCast.bind(Configuration.from("{\"common\":{\"column\":{\"datetimeFormat\":\"yyyyMMddHHmmss\"}}}"));
        assertEquals("20240102030405", new DateColumn(new Date(MILLIS)).asString());
    }

    @Test
    void longAndDateAreEpochMillis() {
        DateColumn column = new DateColumn(new Date(MILLIS));
        assertEquals(Long.valueOf(MILLIS), column.asLong());
        assertEquals(new Date(MILLIS), column.asDate());
        assertEquals(8, column.getByteSize());
    }

    @Test
    void otherConversionsAreNotSupported() {
        DateColumn column = new DateColumn(MILLIS);
        assertNotSupported(column::asBytes);
        assertNotSupported(column::asBoolean);
        assertNotSupported(column::asDouble);
        assertNotSupported(column::asBigInteger);
        assertNotSupported(column::asBigDecimal);
    }

    @Test
    void nullValueConvertsToNull() {
        DateColumn column = new DateColumn();
        assertNull(column.asString());
        assertNull(column.asDate());
        assertEquals(0, column.getByteSize());
    }
}
