package com.alibaba.datax.common.element;

import com.alibaba.datax.common.exception.CommonErrorCode;
import com.alibaba.datax.common.exception.DataXException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Date;

/** A boolean; numerically true is 1 and false is 0. */
public class BoolColumn extends Column {

    public BoolColumn(Boolean bool) {
        super(bool, Column.Type.BOOL, 1);
    }

    /** Accepts "true"/"false" in any case; anything else fails with CONVERT_NOT_SUPPORT. */
    public BoolColumn(final String data) {
        this(parse(data));
    }

    public BoolColumn() {
        this((Boolean) null);
    }

    private static Boolean parse(String data) {
        if (data == null) {
            return null;
        }
        if ("true".equalsIgnoreCase(data)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(data)) {
            return Boolean.FALSE;
        }
        throw DataXException.asDataXException(CommonErrorCode.CONVERT_NOT_SUPPORT,
                String.format("String[%s] cannot be converted to Bool.", data));
    }

    @Override
    public Boolean asBoolean() {
        return (Boolean) getRawData();
    }

    @Override
    public Long asLong() {
        Boolean value = asBoolean();
        return value == null ? null : (value ? 1L : 0L);
    }

    @Override
    public Double asDouble() {
        Boolean value = asBoolean();
        return value == null ? null : (value ? 1.0d : 0.0d);
    }

    @Override
    public String asString() {
        Boolean value = asBoolean();
        return value == null ? null : (value ? "true" : "false");
    }

    @Override
    public BigInteger asBigInteger() {
        Boolean value = asBoolean();
        return value == null ? null : (value ? BigInteger.ONE : BigInteger.ZERO);
    }

    @Override
    public BigDecimal asBigDecimal() {
        Boolean value = asBoolean();
        return value == null ? null : (value ? BigDecimal.ONE : BigDecimal.ZERO);
    }

    @Override
    public Date asDate() {
        throw notSupported("Bool", "Date");
    }

    @Override
    public Date asDate(String dateFormat) {
        throw notSupported("Bool", "Date");
    }

    @Override
    public byte[] asBytes() {
        throw notSupported("Bool", "Bytes");
    }
}
