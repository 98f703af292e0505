package io.ots2oss.tools.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Times and durations as the tools read and print them. */
public final class Times {
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd");

    private Times() {
    }

    public static String display(long millis, ZoneId zone) {
        return DISPLAY.format(Instant.ofEpochMilli(millis).atZone(zone));
    }

    public static String compact(long millis, ZoneId zone) {
        return COMPACT.format(Instant.ofEpochMilli(millis).atZone(zone));
    }

    public static String day(long millis, ZoneId zone) {
        return DAY.format(Instant.ofEpochMilli(millis).atZone(zone));
    }

    /** Epoch milliseconds, or yyyyMMddHHmmss in the zone. */
    public static long parseTime(String text, ZoneId zone, String option) {
        String t = text.trim();
        try {
            if (t.matches("\\d{14}")) {
                return LocalDateTime.parse(t, COMPACT).atZone(zone).toInstant().toEpochMilli();
            }
            if (t.matches("\\d{1,13}")) {
                return Long.parseLong(t);
            }
        } catch (DateTimeParseException e) {
            // falls through
        }
        throw new IllegalArgumentException(option + " " + text + ": expected epoch milliseconds or yyyyMMddHHmmss (in " + zone + ")");
    }

    /** {@code 30s}, {@code 5m}, {@code 1h}, {@code 2d}, or plain minutes. */
    public static long parseDuration(String text, String option) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.matches("\\d+[smhd]?")) {
            long n = Long.parseLong(t.replaceAll("[smhd]", ""));
            char unit = Character.isDigit(t.charAt(t.length() - 1)) ? 'm' : t.charAt(t.length() - 1);
            long factor = unit == 's' ? 1000L : unit == 'm' ? 60_000L : unit == 'h' ? 3_600_000L : 86_400_000L;
            if (n > 0) {
                return n * factor;
            }
        }
        throw new IllegalArgumentException(option + " " + text + ": expected a positive duration such as 30s, 5m, 1h or 2d");
    }

    public static String duration(long millis) {
        long abs = Math.abs(millis);
        String sign = millis < 0 ? "-" : "";
        long hours = abs / 3_600_000L;
        long minutes = abs / 60_000L % 60;
        if (hours >= 48) {
            return sign + hours / 24 + "d " + hours % 24 + "h";
        }
        if (hours > 0) {
            return sign + hours + "h " + minutes + "m";
        }
        return sign + minutes + "m " + abs / 1000 % 60 + "s";
    }
}
