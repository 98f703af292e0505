package com.alibaba.datax.common.element;

import com.alibaba.datax.common.exception.CommonErrorCode;
import com.alibaba.datax.common.exception.DataXException;

import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Date;

/** Binary data; only converts to a String (decoded with the bound encoding, UTF-8 by default). */
public class BytesColumn extends Column {

    public BytesColumn() {
        this(null);
    }

    public BytesColumn(byte[] bytes) {
        super(bytes, Column.Type.BYTES, bytes == null ? 0 : bytes.length);
    }

    @Override
    public byte[] asBytes() {
        // Not copied: records carry large payloads and DataX hands the array over as-is.
        return (byte[]) getRawData();
    }

    @Override
    public String asString() {
        try {
            return ColumnCast.bytes2String(this);
        } catch (UnsupportedEncodingException e) {
            throw DataXException.asDataXException(CommonErrorCode.CONVERT_NOT_SUPPORT,
                    "Bytes cannot be decoded to String: unsupported encoding " + e.getMessage());
        }
    }

    @Override
    public Long asLong() {
        throw notSupported("Bytes", "Long");
    }

    @Override
    public BigDecimal asBigDecimal() {
        throw notSupported("Bytes", "BigDecimal");
    }

    @Override
    public BigInteger asBigInteger() {
        throw notSupported("Bytes", "BigInteger");
    }

    @Override
    public Double asDouble() {
        throw notSupported("Bytes", "Double");
    }

    @Override
    public Date asDate() {
        throw notSupported("Bytes", "Date");
    }

    @Override
    public Date asDate(String dateFormat) {
        throw notSupported("Bytes", "Date");
    }

    @Override
    public Boolean asBoolean() {
        throw notSupported("Bytes", "Boolean");
    }
}
