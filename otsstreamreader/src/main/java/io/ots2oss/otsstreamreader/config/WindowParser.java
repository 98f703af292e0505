package io.ots2oss.otsstreamreader.config;

import io.ots2oss.common.config.ConfigError;
import io.ots2oss.common.config.KeyReader;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/** Reads the window from exactly one of: the millis pair, the time-string pair, or {@code date}. */
final class WindowParser {
    private static final DateTimeFormatter SECONDS = strict("uuuuMMddHHmmss");
    private static final DateTimeFormatter MINUTES = strict("uuuuMMddHHmm");
    private static final DateTimeFormatter DAY = strict("uuuuMMdd");
    private static final long DAY_MILLIS = 24L * 3600 * 1000;

    private final KeyReader values;
    private final ZoneId zone;
    private final List<String> warnings;

    WindowParser(KeyReader values, ZoneId zone, List<String> warnings) {
        this.values = values;
        this.zone = zone;
        this.warnings = warnings;
    }

    TimeWindow parse() {
        boolean millis = values.has(ConfigKeys.START_MILLIS) || values.has(ConfigKeys.END_MILLIS);
        boolean strings = values.has(ConfigKeys.START_STRING) || values.has(ConfigKeys.END_STRING);
        boolean date = values.has(ConfigKeys.DATE);
        int forms = (millis ? 1 : 0) + (strings ? 1 : 0) + (date ? 1 : 0);
        if (forms == 0) {
            throw new ConfigError(ConfigKeys.DATE, "Must set date or time range millis or time range string: set '"
                    + ConfigKeys.DATE + "', or '" + ConfigKeys.START_MILLIS + "' and '" + ConfigKeys.END_MILLIS
                    + "', or '" + ConfigKeys.START_STRING + "' and '" + ConfigKeys.END_STRING + "'.");
        }
        if (forms > 1) {
            throw new ConfigError(ConfigKeys.DATE, "Set only one of '" + ConfigKeys.DATE + "', the pair '" + ConfigKeys.START_MILLIS
                    + "'/'" + ConfigKeys.END_MILLIS + "' and the pair '" + ConfigKeys.START_STRING + "'/'"
                    + ConfigKeys.END_STRING + "'; this job sets more than one.");
        }
        TimeWindow window;
        if (millis) {
            requirePair(ConfigKeys.START_MILLIS, ConfigKeys.END_MILLIS, "epoch milliseconds");
            window = new TimeWindow(millis(ConfigKeys.START_MILLIS), millis(ConfigKeys.END_MILLIS));
        } else if (strings) {
            requirePair(ConfigKeys.START_STRING, ConfigKeys.END_STRING, "a time string yyyyMMddHHmmss or yyyyMMddHHmm");
            window = new TimeWindow(timeString(ConfigKeys.START_STRING), timeString(ConfigKeys.END_STRING));
        } else {
            long start = day(ConfigKeys.DATE);
            window = new TimeWindow(start, start + DAY_MILLIS);
        }
        if (window.startMillis() >= window.endMillis()) {
            throw new ConfigError(ConfigKeys.END_MILLIS, "EndTimestamp must be larger than startTimestamp: the window "
                    + window + " is empty; the start is inclusive and the end exclusive.");
        }
        return window;
    }

    private void requirePair(String startKey, String endKey, String expected) {
        if (!values.has(startKey)) {
            throw values.missing(startKey, expected + " (it must be set together with '" + endKey + "')");
        }
        if (!values.has(endKey)) {
            throw values.missing(endKey, expected + " (it must be set together with '" + startKey + "')");
        }
    }

    /**
     * Epoch milliseconds, or a 14-digit {@code yyyyMMddHHmmss}: DataWorks fills {@code ${start_time}} from
     * {@code $[yyyymmddhh24miss]} and its guide puts that into the millis keys. As milliseconds such a value would lie
     * in the 27th century, so the reading is unambiguous.
     */
    private long millis(String key) {
        Object raw = values.raw(key);
        String text = raw == null ? "" : String.valueOf(raw).trim();
        if (!text.matches("\\d{14}")) {
            return values.wholeNumber(key, 0, Long.MAX_VALUE, "epoch milliseconds, a non-negative integer such as 1516010400000");
        }
        long millis = timeString(key);
        warnings.add("Reader key '" + key + "' holds " + text + ", which is not epoch milliseconds: read as the time "
                + "yyyyMMddHHmmss " + text + " in time zone " + zone + " (" + millis + " ms). Pass epoch milliseconds "
                + "there, or put the time string into '" + (ConfigKeys.START_MILLIS.equals(key)
                ? ConfigKeys.START_STRING : ConfigKeys.END_STRING) + "'.");
        return millis;
    }

    private long timeString(String key) {
        Object raw = values.raw(key);
        String text = raw == null ? "" : String.valueOf(raw).trim();
        try {
            if (text.matches("\\d{14}")) {
                return LocalDateTime.parse(text, SECONDS).atZone(zone).toInstant().toEpochMilli();
            }
            if (text.matches("\\d{12}")) {
                return LocalDateTime.parse(text, MINUTES).atZone(zone).toInstant().toEpochMilli();
            }
        } catch (DateTimeParseException e) {
            // falls through to the error below
        }
        throw values.illegal(key, raw, "a time string yyyyMMddHHmmss (14 digits, e.g. 20180115161200) or "
                + "yyyyMMddHHmm (12 digits, e.g. 201801151612), in time zone " + zone);
    }

    private long day(String key) {
        Object raw = values.raw(key);
        String text = String.valueOf(raw).trim();
        try {
            if (text.matches("\\d{8}")) {
                return LocalDate.parse(text, DAY).atStartOfDay(zone).toInstant().toEpochMilli();
            }
        } catch (DateTimeParseException e) {
            // falls through to the error below
        }
        throw values.illegal(key, raw, "a day yyyyMMdd (e.g. 20180115), in time zone " + zone);
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }
}
