package io.ots2oss.osswriter.format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.alibaba.datax.common.element.Record;

import io.ots2oss.osswriter.config.FormatConfig;
import io.ots2oss.osswriter.upload.BytesCounter;

/** The shared shape of text and CSV: fields joined by a delimiter, rows ended by a line delimiter. */
public abstract class DelimitedRecordWriter implements RecordWriter {
    private final OutputStream stream;
    private final BytesCounter counter;
    private final ValueRenderer renderer;
    private final List<String> header;
    protected final CharSink sink;
    protected final String fieldDelimiter;
    protected final String lineDelimiter;

    protected DelimitedRecordWriter(OutputStream stream, BytesCounter counter, FormatConfig format) {
        this.stream = stream;
        this.counter = counter;
        this.renderer = new ValueRenderer(format);
        this.header = format.header();
        this.sink = new CharSink(stream, format.encoding());
        this.fieldDelimiter = format.fieldDelimiter();
        this.lineDelimiter = format.lineDelimiter();
    }

    /** Appends one value (never null). */
    protected abstract void appendValue(String value) throws IOException;

    /** Appends the null marker. */
    protected abstract void appendNull(String nullFormat) throws IOException;

    @Override
    public void writeHeader() throws IOException {
        if (header.isEmpty()) {
            return;
        }
        for (int i = 0; i < header.size(); i++) {
            if (i > 0) {
                sink.append(fieldDelimiter);
            }
            appendValue(header.get(i));
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
            String value = renderer.render(record.getColumn(i));
            if (value == null) {
                appendNull(renderer.nullFormat());
            } else {
                appendValue(value);
            }
        }
        sink.append(lineDelimiter);
    }

    @Override
    public long size() {
        return counter.bytesWritten();
    }

    @Override
    public void finish() throws IOException {
        sink.flush();
        stream.close();
    }
}
