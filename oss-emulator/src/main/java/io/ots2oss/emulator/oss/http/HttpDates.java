package io.ots2oss.emulator.oss.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The date formats on the wire: RFC 822 headers, ISO-8601 in XML, and V4's compact form. */
public final class HttpDates {
    private static final DateTimeFormatter RFC_822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO_8601 =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter V4 =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.US).withZone(ZoneOffset.UTC);

    private HttpDates() {
    }

    public static String rfc822(Instant instant) {
        return RFC_822.format(instant);
    }

    public static String iso8601(Instant instant) {
        return ISO_8601.format(instant);
    }

    /** @return the instant, or null when the value is not an RFC 822 / RFC 1123 date */
    public static Instant parseRfc822(String value) {
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** @return the instant, or null when the value is not {@code yyyyMMdd'T'HHmmss'Z'} */
    public static Instant parseV4(String value) {
        try {
            return ZonedDateTime.parse(value.trim(), V4).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
