package com.alibaba.datax.common.element;

import com.alibaba.datax.common.exception.CommonErrorCode;
import com.alibaba.datax.common.exception.DataXException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Date;

/** An integer of any size (raw data: BigInteger); a date conversion reads it as epoch milliseconds. */
public class LongColumn extends Column {

    /** Parses a decimal number and truncates any fraction; byte size is the text length. */
    public LongColumn(final String data) {
        super(null, Column.Type.LONG, 0);
        if (data == null) {
            return;
        }
        try {
            setRawData(new BigDecimal(data.trim()).toBigInteger());
        } catch (NumberFormatException e) {
            throw DataXException.asDataXException(CommonErrorCode.CONVERT_NOT_SUPPORT,
                    String.format("String[%s] cannot be converted to Long.", data));
        }
        setByteSize(data.length());
    }

    public LongColumn(Long data) {
        this(data == null ? null : BigInteger.valueOf(data));
    }

    public LongColumn(Integer data) {
        this(data == null ? null : BigInteger.valueOf(data));
    }

    public LongColumn(BigInteger data) {
        super(data, Column.Type.LONG, data == null ? 0 : 8);
    }

    public LongColumn() {
        this((BigInteger) null);
    }

    @Override
    public BigInteger asBigInteger() {
        return (BigInteger) getRawData();
    }

    @Override
    public Long asLong() {
        return NumericConversions.checkedLong(asBigInteger());
    }

    @Override
    public Double asDouble() {
        return NumericConversions.checkedDouble(asBigDecimal());
    }

    @Override
    public Boolean asBoolean() {
        BigInteger value = asBigInteger();
        return value == null ? null : value.signum() != 0;
    }

    @Override
    public BigDecimal asBigDecimal() {
        BigInteger value = asBigInteger();
        return value == null ? null : new BigDecimal(value);
    }

    @Override
    public String asString() {
        BigInteger value = asBigInteger();
        return value == null ? null : value.toString();
    }

    @Override
    public Date asDate() {
        Long millis = asLong();
        return millis == null ? null : new Date(millis);
    }

    @Override
    public Date asDate(String dateFormat) {
        return asDate();
    }

    @Override
    public byte[] asBytes() {
        throw notSupported("Long", "Bytes");
    }
}
