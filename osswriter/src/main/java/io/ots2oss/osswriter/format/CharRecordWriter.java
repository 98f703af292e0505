package io.ots2oss.osswriter.format;

import java.io.IOException;
import java.io.OutputStream;

import io.ots2oss.osswriter.config.FormatConfig;
import io.ots2oss.osswriter.upload.BytesCounter;

/** The base of the textual formats: values rendered as upstream renders them, encoded straight into the stream. */
public abstract class CharRecordWriter implements RecordWriter {
    private final OutputStream stream;
    private final BytesCounter counter;
    protected final ValueRenderer renderer;
    protected final CharSink sink;
    protected final String lineDelimiter;

    protected CharRecordWriter(OutputStream stream, BytesCounter counter, FormatConfig format) {
        this.stream = stream;
        this.counter = counter;
        this.renderer = new ValueRenderer(format);
        this.sink = new CharSink(stream, format.encoding());
        this.lineDelimiter = format.lineDelimiter();
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
