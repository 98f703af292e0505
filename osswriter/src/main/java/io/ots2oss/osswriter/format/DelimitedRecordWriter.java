package io.ots2oss.osswriter.format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.alibaba.datax.common.element.Column;
import com.alibaba.datax.common.element.Record;

import io.ots2oss.osswriter.config.FormatConfig;
import io.ots2oss.osswriter.upload.BytesCounter;

/** The shared shape of text and CSV: fields joined by a delimiter, rows ended by a line delimiter. */
public abstract class DelimitedRecordWriter extends CharRecordWriter {
    private final List<String> header;
    protected final String fieldDelimiter;
    private boolean longsAsDigits;

    protected DelimitedRecordWriter(OutputStream stream, BytesCounter counter, FormatConfig format) {
        super(stream, counter, format);
        this.header = format.header();
        this.fieldDelimiter = format.fieldDelimiter();
    }

    /** Appends one value (never null); {@code firstField} tells whether it starts the record. */
    protected abstract void appendValue(String value, boolean firstField) throws IOException;

    /** Appends the null marker. */
    protected abstract void appendNull(String nullFormat, boolean firstField) throws IOException;

    /**
     * Called by a format whose {@link #appendValue} leaves a long's text ('-' and digits) as it is: longs are then
     * written digit by digit into the sink, without a String.
     */
    protected final void writeLongsAsDigits() {
        this.longsAsDigits = true;
    }

    @Override
    public void writeHeader() throws IOException {
        if (header.isEmpty()) {
            return;
        }
        for (int i = 0; i < header.size(); i++) {
            if (i > 0) {
                sink.append(fieldDelimiter);
            }
            appendValue(header.get(i), i == 0);
        }
        sink.append(lineDelimiter);
    }

    @Override
    public void write(Record record) throws IOException {
        int columns = record.getColumnNumber();
        for (int i = 0; i < columns; i++) {
            if (i > 0) {
                sink.append(fieldDelimiter);
            }
            Column column = record.getColumn(i);
            if (longsAsDigits && ValueRenderer.isPlainLong(column)) {
                sink.appendLong(ValueRenderer.longValue(column));
            } else {
                appendRendered(column, i == 0);
            }
        }
        sink.append(lineDelimiter);
    }

    private void appendRendered(Column column, boolean firstField) throws IOException {
        String value = renderer.render(column);
        if (value == null) {
            appendNull(renderer.nullFormat(), firstField);
        } else {
            appendValue(value, firstField);
        }
    }
}
