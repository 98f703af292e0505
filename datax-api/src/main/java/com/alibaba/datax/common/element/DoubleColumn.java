package com.alibaba.datax.common.element;

import com.alibaba.datax.common.exception.CommonErrorCode;
import com.alibaba.datax.common.exception.DataXException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Date;

/**
 * A decimal number kept as its exact text (raw data: String) so no precision is lost in transit;
 * NaN, Infinity and -Infinity are accepted.
 */
public class DoubleColumn extends Column {

    public DoubleColumn(final String data) {
        super(data, Column.Type.DOUBLE, data == null ? 0 : data.length());
        requireNumber(data);
    }

    public DoubleColumn(Long data) {
        this(data == null ? null : String.valueOf(data));
    }

    public DoubleColumn(Integer data) {
        this(data == null ? null : String.valueOf(data));
    }

    /** Prefer the String constructor: a double cannot hold most decimals exactly. */
    public DoubleColumn(final Double data) {
        this(data == null ? null : plainText(String.valueOf(data), data.isNaN() || data.isInfinite()));
    }

    public DoubleColumn(final Float data) {
        this(data == null ? null : plainText(String.valueOf(data), data.isNaN() || data.isInfinite()));
    }

    public DoubleColumn(final BigDecimal data) {
        this(data == null ? null : data.toPlainString());
    }

    public DoubleColumn(final BigInteger data) {
        this(data == null ? null : data.toString());
    }

    public DoubleColumn() {
        this((String) null);
    }

    private static String plainText(String text, boolean special) {
        return special ? text : new BigDecimal(text).toPlainString();
    }

    private static boolean isSpecial(String text) {
        return "NaN".equalsIgnoreCase(text) || "Infinity".equalsIgnoreCase(text)
                || "-Infinity".equalsIgnoreCase(text) || "+Infinity".equalsIgnoreCase(text);
    }

    private static void requireNumber(String data) {
        if (data == null || isSpecial(data)) {
            return;
        }
        try {
            new BigDecimal(data);
        } catch (NumberFormatException e) {
            throw DataXException.asDataXException(CommonErrorCode.CONVERT_NOT_SUPPORT,
                    String.format("String[%s] cannot be converted to Double.", data));
        }
    }

    /** Fails with CONVERT_NOT_SUPPORT for NaN and the infinities, which have no decimal form. */
    @Override
    public BigDecimal asBigDecimal() {
        String text = asString();
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw DataXException.asDataXException(CommonErrorCode.CONVERT_NOT_SUPPORT,
                    String.format("Double[%s] cannot be converted to BigDecimal.", text));
        }
    }

    @Override
    public Double asDouble() {
        String text = asString();
        if (text == null) {
            return null;
        }
        if (isSpecial(text)) {
            return specialValue(text);
        }
        return NumericConversions.checkedDouble(asBigDecimal());
    }

    private static Double specialValue(String text) {
        if ("NaN".equalsIgnoreCase(text)) {
            return Double.NaN;
        }
        return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }

    /** Truncates toward zero; fails with CONVERT_OVER_FLOW outside the long range. */
    @Override
    public Long asLong() {
        return NumericConversions.checkedLong(asBigInteger());
    }

    @Override
    public BigInteger asBigInteger() {
        BigDecimal value = asBigDecimal();
        return value == null ? null : value.toBigInteger();
    }

    @Override
    public String asString() {
        return (String) getRawData();
    }

    @Override
    public Boolean asBoolean() {
        throw notSupported("Double", "Bool");
    }

    @Override
    public Date asDate() {
        throw notSupported("Double", "Date");
    }

    @Override
    public Date asDate(String dateFormat) {
        throw notSupported("Double", "Date");
    }

    @Override
    public byte[] asBytes() {
        throw notSupported("Double", "Bytes");
    }
}
