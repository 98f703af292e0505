package com.alibaba.datax.common.element;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Date;

/**
 * A point in time as epoch milliseconds (raw data: Long), with a sub-type choosing how it prints
 * (date, time or datetime format bound by ColumnCast).
 */
public class DateColumn extends Column {

    private DateType subType = DateType.DATETIME;
    private int nanos;
    private int precision = -1;

    public enum DateType {
        DATE, TIME, DATETIME
    }

    /** A TIME value with sub-millisecond nanos and a JDBC precision, as some JDBC readers produce. */
    public DateColumn(java.sql.Time time, int nanos, int jdbcPrecision) {
        this(time);
        this.nanos = nanos;
        this.precision = jdbcPrecision;
    }

    public long getNanos() {
        return nanos;
    }

    public void setNanos(int nanos) {
        this.nanos = nanos;
    }

    public int getPrecision() {
        return precision;
    }

    public void setPrecision(int precision) {
        this.precision = precision;
    }

    public DateColumn() {
        this((Long) null);
    }

    public DateColumn(final Long stamp) {
        super(stamp, Column.Type.DATE, stamp == null ? 0 : 8);
    }

    public DateColumn(final Date date) {
        this(date == null ? null : date.getTime());
    }

    public DateColumn(final java.sql.Date date) {
        this(date == null ? null : date.getTime());
        setSubType(DateType.DATE);
    }

    public DateColumn(final java.sql.Time time) {
        this(time == null ? null : time.getTime());
        setSubType(DateType.TIME);
    }

    public DateColumn(final java.sql.Timestamp ts) {
        this(ts == null ? null : ts.getTime());
        setSubType(DateType.DATETIME);
    }

    @Override
    public Long asLong() {
        return (Long) getRawData();
    }

    @Override
    public String asString() {
        return ColumnCast.date2String(this);
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
        throw notSupported("Date", "Bytes");
    }

    @Override
    public Boolean asBoolean() {
        throw notSupported("Date", "Boolean");
    }

    @Override
    public Double asDouble() {
        throw notSupported("Date", "Double");
    }

    @Override
    public BigInteger asBigInteger() {
        throw notSupported("Date", "BigInteger");
    }

    @Override
    public BigDecimal asBigDecimal() {
        throw notSupported("Date", "BigDecimal");
    }

    public DateType getSubType() {
        return subType;
    }

    public void setSubType(DateType subType) {
        this.subType = subType;
    }
}
