package io.ots2oss.osswriter.format.csv;

import java.io.IOException;
import java.io.OutputStream;

import io.ots2oss.osswriter.config.FormatConfig;
import io.ots2oss.osswriter.format.DelimitedRecordWriter;
import io.ots2oss.osswriter.upload.BytesCounter;

/**
 * RFC 4180 CSV: a value is quoted when it contains the delimiter, the quote, CR, LF or the first character of a
 * custom line delimiter; quotes are doubled; nothing is trimmed. An empty string is written as {@code ""} so that it
 * stays distinct from a null written with an empty {@code nullFormat}.
 */
public final class CsvRecordWriter extends DelimitedRecordWriter {
    private static final char QUOTE = '"';

    private final char delimiter;
    private final char lineStart;

    public CsvRecordWriter(OutputStream stream, BytesCounter counter, FormatConfig format) {
        super(stream, counter, format);
        this.delimiter = format.fieldDelimiter().charAt(0);
        this.lineStart = format.lineDelimiter().charAt(0);
    }

    @Override
    protected void appendValue(String value) throws IOException {
        if (value.isEmpty()) {
            sink.append(QUOTE);
            sink.append(QUOTE);
        } else if (needsQuotes(value)) {
            appendQuoted(value);
        } else {
            sink.append(value);
        }
    }

    @Override
    protected void appendNull(String nullFormat) throws IOException {
        if (needsQuotes(nullFormat)) {
            appendQuoted(nullFormat);
        } else {
            sink.append(nullFormat);
        }
    }

    private boolean needsQuotes(String value) {
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c == delimiter || c == QUOTE || c == '\n' || c == '\r' || c == lineStart) {
                return true;
            }
        }
        return false;
    }

    private void appendQuoted(String value) throws IOException {
        sink.append(QUOTE);
        int start = 0;
        int quote;
        while ((quote = value.indexOf(QUOTE, start)) >= 0) {
            sink.append(value.substring(start, quote + 1));
            sink.append(QUOTE);
            start = quote + 1;
        }
        sink.append(start == 0 ? value : value.substring(start));
        sink.append(QUOTE);
    }
}
