package io.ots2oss.osswriter.format;

import java.math.BigInteger;
import java.text.SimpleDateFormat;
import java.util.Base64;

import com.alibaba.datax.common.element.Column;
import com.alibaba.datax.common.element.LongColumn;

import io.ots2oss.osswriter.config.FormatConfig;

/** Renders one column as text exactly like upstream's {@code transportOneRecord}. Not thread-safe (one per task). */
public final class ValueRenderer {
    private final String nullFormat;
    private final SimpleDateFormat dateFormat;
    private final boolean base64Bytes;

    public ValueRenderer(FormatConfig format) {
        this.nullFormat = format.nullFormat();
        this.dateFormat = format.dateFormat() == null ? null : new SimpleDateFormat(format.dateFormat());
        this.base64Bytes = format.base64Bytes();
    }

    public static boolean isNull(Column column) {
        return column == null || column.getRawData() == null;
    }

    /** The text of a value, or null for a null value (rendered as {@link #nullFormat()}). */
    public String render(Column column) {
        if (isNull(column)) {
            return null;
        }
        switch (column.getType()) {
            case DATE:
                return dateFormat != null ? dateFormat.format(column.asDate()) : column.asString();
            case BYTES:
                return base64Bytes ? Base64.getEncoder().encodeToString(column.asBytes()) : column.asString();
            case LONG:
                return longText(column);
            default:
                return column.asString();
        }
    }

    /**
     * Whether {@code column} is DataX's own {@code LongColumn} holding a value that fits a long, whose text is then
     * exactly {@link Long#toString(long)} of {@link #longValue}.
     */
    public static boolean isPlainLong(Column column) {
        if (column == null || column.getClass() != LongColumn.class) {
            return false;
        }
        Object raw = column.getRawData();
        return raw instanceof BigInteger && ((BigInteger) raw).bitLength() < 64;
    }

    /** The value of a column {@link #isPlainLong} accepted. */
    public static long longValue(Column column) {
        return ((BigInteger) column.getRawData()).longValue();
    }

    /**
     * DataX's {@code LongColumn.asString()} is {@code BigInteger.toString()}, several times slower than
     * {@code Long.toString} for the same digits; values that fit a long take the short way. Only DataX's own class,
     * whose raw data is known to be that BigInteger.
     */
    private static String longText(Column column) {
        return isPlainLong(column) ? Long.toString(longValue(column)) : column.asString();
    }

    public String nullFormat() {
        return nullFormat;
    }
}
