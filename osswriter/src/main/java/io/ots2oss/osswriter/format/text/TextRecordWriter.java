package io.ots2oss.osswriter.format.text;

import java.io.IOException;
import java.io.OutputStream;

import io.ots2oss.osswriter.config.FormatConfig;
import io.ots2oss.osswriter.format.DelimitedRecordWriter;
import io.ots2oss.osswriter.upload.BytesCounter;

/** Upstream's {@code text}: values joined as they are, nothing quoted or escaped. */
public final class TextRecordWriter extends DelimitedRecordWriter {
    public TextRecordWriter(OutputStream stream, BytesCounter counter, FormatConfig format) {
        super(stream, counter, format);
        writeLongsAsDigits();
    }

    @Override
    protected void appendValue(String value, boolean firstField) throws IOException {
        sink.append(value);
    }

    @Override
    protected void appendNull(String nullFormat, boolean firstField) throws IOException {
        sink.append(nullFormat);
    }
}
