package com.alibaba.datax.common.element;

import com.alibaba.datax.common.exception.CommonErrorCode;
import com.alibaba.datax.common.exception.DataXException;

import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.ParseException;
import java.util.Date;

/** Text; numeric, boolean, date and byte conversions parse it (dates with the formats bound by ColumnCast). */
public class StringColumn extends Column {

    public StringColumn() {
        this(null);
    }

    public StringColumn(final String rawData) {
        super(rawData, Column.Type.STRING, rawData == null ? 0 : rawData.length());
    }

    @Override
    public String asString() {
        return (String) getRawData();
    }

    /** Truncates a decimal toward zero; NaN and the infinities fail with CONVERT_NOT_SUPPORT. */
    @Override
    public BigInteger asBigInteger() {
        BigDecimal value = asBigDecimal();
        return value == null ? null : value.toBigInteger();
    }

    @Override
    public Long asLong() {
        return NumericConversions.checkedLong(asBigInteger());
    }

    @Override
    public BigDecimal asBigDecimal() {
        String text = asString();
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw cannotConvert(text, "a number");
        }
    }

    @Override
    public Double asDouble() {
        String text = asString();
        if (text == null) {
            return null;
        }
        if ("NaN".equals(text)) {
            return Double.NaN;
        }
        if ("Infinity".equals(text)) {
            return Double.POSITIVE_INFINITY;
        }
        if ("-Infinity".equals(text)) {
            return Double.NEGATIVE_INFINITY;
        }
        return NumericConversions.checkedDouble(asBigDecimal());
    }

    /** Only "true" and "false" (any case) convert. */
    @Override
    public Boolean asBoolean() {
        String text = asString();
        if (text == null) {
            return null;
        }
        if ("true".equalsIgnoreCase(text)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(text)) {
            return Boolean.FALSE;
        }
        throw cannotConvert(text, "Bool");
    }

    /** Tries the bound datetime, date and time formats, then any extra formats. */
    @Override
    public Date asDate() {
        try {
            return ColumnCast.string2Date(this);
        } catch (ParseException e) {
            throw cannotConvert(asString(), "Date");
        }
    }

    @Override
    public Date asDate(String dateFormat) {
        try {
            return ColumnCast.string2Date(this, dateFormat);
        } catch (ParseException e) {
            throw cannotConvert(asString(), "Date with format [" + dateFormat + "]");
        }
    }

    @Override
    public byte[] asBytes() {
        try {
            return ColumnCast.string2Bytes(this);
        } catch (UnsupportedEncodingException e) {
            throw cannotConvert(asString(), "Bytes (unsupported encoding " + e.getMessage() + ")");
        }
    }

    private static DataXException cannotConvert(String text, String target) {
        return DataXException.asDataXException(CommonErrorCode.CONVERT_NOT_SUPPORT,
                String.format("String[\"%s\"] cannot be converted to %s.", text, target));
    }
}
