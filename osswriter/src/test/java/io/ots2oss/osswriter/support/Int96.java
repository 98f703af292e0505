package io.ots2oss.osswriter.support;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.apache.parquet.io.api.Binary;

/** Decodes an INT96 timestamp as Hive and Spark define it (nanos of day, then Julian day; little-endian). */
public final class Int96 {
    private static final long JULIAN_DAY_OF_1970_01_01 = 2440588L;

    private Int96() {
    }

    public static LocalDateTime decode(Binary value) {
        ByteBuffer buffer = ByteBuffer.wrap(value.getBytes()).order(ByteOrder.LITTLE_ENDIAN);
        long nanosOfDay = buffer.getLong();
        long julianDay = buffer.getInt();
        return LocalDateTime.of(LocalDate.ofEpochDay(julianDay - JULIAN_DAY_OF_1970_01_01), LocalTime.ofNanoOfDay(nanosOfDay));
    }
}
