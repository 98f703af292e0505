package io.ots2oss.osswriter.format.parquet;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.apache.parquet.io.api.Binary;

/**
 * Upstream's INT96 timestamps: 12 little-endian bytes, the nanoseconds of the day then the Julian day number,
 * of the instant in UTC or, with {@code parquetUtcTimestamp}, of its wall-clock time in the JVM's zone.
 */
final class Int96Timestamps {
    static final int JULIAN_DAY_OF_EPOCH = 2440588;
    private static final long SECONDS_PER_DAY = 86400L;
    private static final long NANOS_PER_SECOND = 1000000000L;

    private Int96Timestamps() {
    }

    static Binary encode(Timestamp timestamp, boolean localWallClock) {
        long epochSecond = Math.floorDiv(timestamp.getTime(), 1000L);
        long epochDay;
        long nanosOfDay;
        if (localWallClock) {
            LocalDateTime local = LocalDateTime.ofInstant(timestamp.toInstant(), ZoneId.systemDefault());
            epochDay = local.toLocalDate().toEpochDay();
            nanosOfDay = local.toLocalTime().toNanoOfDay();
        } else {
            epochDay = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
            nanosOfDay = Math.floorMod(epochSecond, SECONDS_PER_DAY) * NANOS_PER_SECOND + timestamp.getNanos();
        }
        ByteBuffer buffer = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putLong(nanosOfDay);
        buffer.putInt((int) (epochDay + JULIAN_DAY_OF_EPOCH));
        return Binary.fromConstantByteArray(buffer.array());
    }
}
