package com.alibaba.datax.common.element;

import com.alibaba.datax.common.exception.CommonErrorCode;
import com.alibaba.datax.common.exception.DataXException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Date;

/** One cell of a {@link Record}: a raw value, its type and the byte size DataX accounts for it. */
public abstract class Column {

    private Type type;
    private Object rawData;
    private int byteSize;

    public Column(final Object object, final Type type, int byteSize) {
        this.rawData = object;
        this.type = type;
        this.byteSize = byteSize;
    }

    public Object getRawData() {
        return this.rawData;
    }

    public Type getType() {
        return this.type;
    }

    public int getByteSize() {
        return this.byteSize;
    }

    protected void setType(Type type) {
        this.type = type;
    }

    protected void setRawData(Object rawData) {
        this.rawData = rawData;
    }

    protected void setByteSize(int byteSize) {
        this.byteSize = byteSize;
    }

    public abstract Long asLong();

    public abstract Double asDouble();

    public abstract String asString();

    public abstract Date asDate();

    public abstract Date asDate(String dateFormat);

    public abstract byte[] asBytes();

    public abstract Boolean asBoolean();

    public abstract BigDecimal asBigDecimal();

    public abstract BigInteger asBigInteger();

    @Override
    public String toString() {
        return String.format("{\"type\":\"%s\",\"byteSize\":%d,\"rawData\":%s}", type, byteSize, describeRaw());
    }

    private String describeRaw() {
        if (rawData == null) {
            return "null";
        }
        if (rawData instanceof byte[]) {
            return "\"" + ((byte[]) rawData).length + " bytes\"";
        }
        return "\"" + rawData + "\"";
    }

    /** The CONVERT_NOT_SUPPORT failure every column raises for a conversion its type does not allow. */
    static DataXException notSupported(String from, String to) {
        return DataXException.asDataXException(CommonErrorCode.CONVERT_NOT_SUPPORT,
                String.format("%s cannot be converted to %s.", from, to));
    }

    public enum Type {
        BAD, NULL, INT, LONG, DOUBLE, STRING, BOOL, DATE, BYTES
    }
}
