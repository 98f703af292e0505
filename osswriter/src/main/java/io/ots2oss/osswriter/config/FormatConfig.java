package io.ots2oss.osswriter.config;

import java.nio.charset.Charset;
import java.util.Collections;
import java.util.List;

/** How the textual formats render records: delimiters, charset, null and date rendering, header. */
public final class FormatConfig {
    private final String fieldDelimiter;
    private final String lineDelimiter;
    private final Charset encoding;
    private final String nullFormat;
    private final String dateFormat;
    private final boolean base64Bytes;
    private final List<String> header;

    public FormatConfig(String fieldDelimiter, String lineDelimiter, Charset encoding,
                        String nullFormat, String dateFormat, boolean base64Bytes, List<String> header) {
        this.fieldDelimiter = fieldDelimiter;
        this.lineDelimiter = lineDelimiter;
        this.encoding = encoding;
        this.nullFormat = nullFormat;
        this.dateFormat = dateFormat;
        this.base64Bytes = base64Bytes;
        this.header = Collections.unmodifiableList(header);
    }

    public String fieldDelimiter() {
        return fieldDelimiter;
    }

    public String lineDelimiter() {
        return lineDelimiter;
    }

    public Charset encoding() {
        return encoding;
    }

    public String nullFormat() {
        return nullFormat;
    }

    /** A {@code SimpleDateFormat} pattern, or null to use DataX's own date rendering. */
    public String dateFormat() {
        return dateFormat;
    }

    public boolean base64Bytes() {
        return base64Bytes;
    }

    /** Header cells; empty for no header. */
    public List<String> header() {
        return header;
    }

    /** The same settings with other delimiters (a format's own keys may override the shared ones). */
    public FormatConfig withDelimiters(String fieldDelimiter, String lineDelimiter) {
        return new FormatConfig(fieldDelimiter, lineDelimiter, encoding, nullFormat, dateFormat, base64Bytes, header);
    }
}
