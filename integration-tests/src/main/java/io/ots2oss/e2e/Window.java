package io.ots2oss.e2e;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** A half-open export window [start, end) and the DataX {@code -p} parameters that select it. */
public record Window(long startMillis, long endMillis) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmm").withZone(ZoneOffset.UTC);

    public Window {
        if (startMillis >= endMillis) {
            throw new IllegalArgumentException("empty window [" + startMillis + ", " + endMillis + ")");
        }
    }

    public Window next(long lengthMillis) {
        return new Window(endMillis, endMillis + lengthMillis);
    }

    /** {@code yyyyMMddHHmm} of the start, in UTC: the {@code ${date}} part of the object name. */
    public String date() {
        return DATE.format(Instant.ofEpochMilli(startMillis));
    }

    /** {@code start_time}, {@code end_time} and {@code date}, as {@code -p "-Dk=v ..."} passes them. */
    public Map<String, String> params() {
        return params(date());
    }

    /** The same window written under another {@code ${date}}, to keep runs of one window apart. */
    public Map<String, String> params(String date) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("start_time", Long.toString(startMillis));
        params.put("end_time", Long.toString(endMillis));
        params.put("date", date);
        return params;
    }

    /** The {@code -p} argument of datax.py for these parameters. */
    public static String dataxPyArgument(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((key, value) -> sb.append(sb.length() == 0 ? "" : " ").append("-D").append(key).append('=').append(value));
        return sb.toString();
    }

    @Override
    public String toString() {
        return "[" + Instant.ofEpochMilli(startMillis) + ", " + Instant.ofEpochMilli(endMillis) + ")";
    }
}
