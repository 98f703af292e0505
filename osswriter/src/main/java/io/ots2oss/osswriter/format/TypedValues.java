package io.ots2oss.osswriter.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;

import com.alibaba.datax.common.element.Column;
import com.alibaba.datax.common.element.DateColumn;

/**
 * Conversions of DataX columns to the typed values of Parquet and ORC. Each throws {@link IllegalArgumentException}
 * (or DataX's conversion error) when the value does not convert exactly, which makes the record dirty.
 */
public final class TypedValues {
    private static final int NANOS_PER_MILLI = 1000000;

    private TypedValues() {
    }

    /** A whole number within [min, max]; a fraction or an out-of-range value does not convert. */
    public static long integral(Column column, long min, long max, String type) {
        long value;
        switch (column.getType()) {
            case LONG:
            case INT:
            case BOOL:
            case DATE:
                value = column.asLong();
                break;
            default:
                BigDecimal number = column.asBigDecimal();
                try {
                    value = number.longValueExact();
                } catch (ArithmeticException e) {
                    throw new IllegalArgumentException("[" + number.toPlainString() + "] is not a whole number in the range of " + type);
                }
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException("[" + value + "] is out of the range of " + type + " [" + min + ", " + max + "]");
        }
        return value;
    }

    /** The value rounded half-up to {@code scale}; more than {@code precision} digits do not convert. */
    public static BigDecimal decimal(Column column, int precision, int scale) {
        BigDecimal scaled = column.asBigDecimal().setScale(scale, RoundingMode.HALF_UP);
        if (scaled.precision() > precision) {
            throw new IllegalArgumentException("[" + scaled.toPlainString() + "] does not fit decimal(" + precision + "," + scale + ")");
        }
        return scaled;
    }

    /** The calendar day of the instant in the JVM's time zone, as upstream's {@code java.sql.Date} conversion gives. */
    public static long localEpochDay(Column column) {
        return Instant.ofEpochMilli(column.asDate().getTime()).atZone(ZoneId.systemDefault()).toLocalDate().toEpochDay();
    }

    /** The instant with the column's nanoseconds when a {@link DateColumn} carries more than milliseconds. */
    public static Timestamp timestamp(Column column) {
        Timestamp timestamp = new Timestamp(column.asDate().getTime());
        if (column instanceof DateColumn) {
            long nanos = ((DateColumn) column).getNanos();
            if (nanos > 0 && nanos < 1000000000L && nanos / NANOS_PER_MILLI == timestamp.getNanos() / NANOS_PER_MILLI) {
                timestamp.setNanos((int) nanos);
            }
        }
        return timestamp;
    }
}
