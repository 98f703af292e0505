package io.ots2oss.osswriter.format.csv;

import java.io.IOException;
import java.io.OutputStream;

import io.ots2oss.osswriter.config.FormatConfig;
import io.ots2oss.osswriter.format.DelimitedRecordWriter;
import io.ots2oss.osswriter.upload.BytesCounter;

/**
 * CSV. By default RFC 4180: a value is quoted when it contains the delimiter, the quote, CR, LF or the first
 * character of the record delimiter; quotes are doubled; nothing is trimmed. An empty string is written as {@code ""}
 * so that it stays distinct from a null written with an empty {@code nullFormat}. {@code csvWriterConfig} changes
 * the characters, forces or disables quoting, protects a leading comment character and switches to backslash escapes
 * as upstream's CSV writer does.
 */
final class CsvRecordWriter extends DelimitedRecordWriter {
    private static final char BACKSLASH = '\\';

    private final CsvDialect dialect;
    private final char quote;
    private final char delimiter;
    private final char lineStart;
    /** The special characters below 128, looked up instead of compared one by one (every value's every char is tested). */
    private final boolean[] specialAscii = new boolean[128];
    private final boolean anySpecialAbove127;

    CsvRecordWriter(OutputStream stream, BytesCounter counter, FormatConfig format, CsvDialect dialect) {
        super(stream, counter, dialect.applyTo(format));
        this.dialect = dialect;
        this.quote = dialect.qualifier;
        this.delimiter = dialect.delimiter;
        this.lineStart = dialect.recordDelimiter.charAt(0);
        boolean above127 = false;
        for (char c : new char[] {delimiter, quote, '\n', '\r', lineStart}) {
            if (c < 128) {
                specialAscii[c] = true;
            } else {
                above127 = true;
            }
        }
        this.anySpecialAbove127 = above127;
        if (!dialect.forceQualifier && !isLongChar(delimiter) && !isLongChar(quote) && !isLongChar(lineStart)
                && (dialect.comment == null || !isLongChar(dialect.comment))) {
            writeLongsAsDigits();
        }
    }

    /** Whether {@code c} may stand in a long's text: then a long might need quoting or escaping. */
    private static boolean isLongChar(char c) {
        return c == '-' || c >= '0' && c <= '9';
    }

    @Override
    protected void appendValue(String value, boolean firstField) throws IOException {
        append(value, firstField, true);
    }

    /** Unlike an empty value, an empty null marker stays unquoted. */
    @Override
    protected void appendNull(String nullFormat, boolean firstField) throws IOException {
        append(nullFormat, firstField, false);
    }

    private void append(String value, boolean firstField, boolean quoteEmpty) throws IOException {
        boolean leadingComment = firstField && dialect.comment != null && !value.isEmpty() && value.charAt(0) == dialect.comment;
        if (dialect.forceQualifier
                || dialect.useQualifier && (quoteEmpty && value.isEmpty() || leadingComment || hasSpecial(value))) {
            appendQuoted(value);
        } else if (dialect.backslashEscapes) {
            appendEscaped(value, leadingComment);
        } else {
            sink.append(value);
        }
    }

    private boolean hasSpecial(String value) {
        boolean[] ascii = specialAscii;
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c < 128 ? ascii[c] : anySpecialAbove127 && isSpecial(c)) {
                return true;
            }
        }
        return false;
    }

    private boolean isSpecial(char c) {
        return c == delimiter || c == quote || c == '\n' || c == '\r' || c == lineStart;
    }

    private void appendQuoted(String value) throws IOException {
        sink.append(quote);
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c == quote) {
                sink.append(dialect.backslashEscapes ? BACKSLASH : quote);
            } else if (c == BACKSLASH && dialect.backslashEscapes) {
                sink.append(BACKSLASH);
            }
            sink.append(c);
        }
        sink.append(quote);
    }

    /** Upstream's escape mode 2 for an unquoted value: a backslash before each character that would end it. */
    private void appendEscaped(String value, boolean leadingComment) throws IOException {
        if (leadingComment) {
            sink.append(BACKSLASH);
        }
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c == BACKSLASH || isSpecial(c) && c != quote) {
                sink.append(BACKSLASH);
            }
            sink.append(c);
        }
    }
}
