package com.alibaba.datax.common.element;

import com.alibaba.datax.common.util.Configuration;
import org.apache.commons.lang3.time.FastDateFormat;

import java.io.UnsupportedEncodingException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

/**
 * Text/date/bytes conversions shared by the columns. DataX core calls {@link #bind(Configuration)} once with the
 * merged job configuration ({@code common.column.*}); until then DataX's defaults apply.
 */
public final class ColumnCast {

    private static volatile Settings settings = Settings.defaults();

    /** Reads {@code common.column.{datetimeFormat,dateFormat,timeFormat,extraFormats,timeZone,encoding}}. */
    public static void bind(final Configuration configuration) {
        settings = Settings.from(configuration);
    }

    public static Date string2Date(final StringColumn column) throws ParseException {
        String text = column.asString();
        if (text == null) {
            return null;
        }
        Settings current = settings;
        ParseException last = null;
        for (FastDateFormat format : current.parseOrder) {
            try {
                return format.parse(text);
            } catch (ParseException e) {
                last = e;
            }
        }
        throw last;
    }

    public static Date string2Date(final StringColumn column, String dateFormat) throws ParseException {
        String text = column.asString();
        if (text == null) {
            return null;
        }
        return FastDateFormat.getInstance(dateFormat, settings.timeZone).parse(text);
    }

    public static byte[] string2Bytes(final StringColumn column) throws UnsupportedEncodingException {
        String text = column.asString();
        return text == null ? null : text.getBytes(settings.encoding);
    }

    /** Formats with the date, time or datetime format according to the column's sub-type. */
    public static String date2String(final DateColumn column) {
        Date date = column.asDate();
        if (date == null) {
            return null;
        }
        Settings current = settings;
        switch (column.getSubType()) {
            case DATE:
                return current.dateFormat.format(date);
            case TIME:
                return current.timeFormat.format(date);
            default:
                return current.datetimeFormat.format(date);
        }
    }

    public static String bytes2String(final BytesColumn column) throws UnsupportedEncodingException {
        byte[] bytes = column.asBytes();
        return bytes == null ? null : new String(bytes, settings.encoding);
    }

    /** An immutable snapshot of the bound formats, swapped atomically by {@link #bind}. */
    private static final class Settings {
        static final String DEFAULT_DATETIME = "yyyy-MM-dd HH:mm:ss";
        static final String DEFAULT_DATE = "yyyy-MM-dd";
        static final String DEFAULT_TIME = "HH:mm:ss";
        static final String DEFAULT_TIME_ZONE = "GMT+8";
        static final String DEFAULT_ENCODING = "UTF-8";

        final TimeZone timeZone;
        final FastDateFormat datetimeFormat;
        final FastDateFormat dateFormat;
        final FastDateFormat timeFormat;
        final List<FastDateFormat> parseOrder;
        final String encoding;

        private Settings(String datetime, String date, String time, List<String> extra, String zone, String encoding) {
            this.timeZone = TimeZone.getTimeZone(zone);
            this.datetimeFormat = FastDateFormat.getInstance(datetime, timeZone);
            this.dateFormat = FastDateFormat.getInstance(date, timeZone);
            this.timeFormat = FastDateFormat.getInstance(time, timeZone);
            List<FastDateFormat> order = new ArrayList<FastDateFormat>();
            order.add(datetimeFormat);
            order.add(dateFormat);
            order.add(timeFormat);
            for (String format : extra) {
                order.add(FastDateFormat.getInstance(format, timeZone));
            }
            this.parseOrder = Collections.unmodifiableList(order);
            this.encoding = encoding;
        }

        static Settings defaults() {
            return new Settings(DEFAULT_DATETIME, DEFAULT_DATE, DEFAULT_TIME, Collections.<String>emptyList(),
                    DEFAULT_TIME_ZONE, DEFAULT_ENCODING);
        }

        static Settings from(Configuration conf) {
            return new Settings(
                    conf.getString("common.column.datetimeFormat", DEFAULT_DATETIME),
                    conf.getString("common.column.dateFormat", DEFAULT_DATE),
                    conf.getString("common.column.timeFormat", DEFAULT_TIME),
                    conf.getList("common.column.extraFormats", Collections.<String>emptyList(), String.class),
                    conf.getString("common.column.timeZone", DEFAULT_TIME_ZONE),
                    conf.getString("common.column.encoding", DEFAULT_ENCODING));
        }
    }
}
