package io.ots2oss.osswriter.format;

import java.io.IOException;
import java.io.OutputStream;

import io.ots2oss.osswriter.config.FormatConfig;
import io.ots2oss.osswriter.parquet.ParquetRecordWriter;
import io.ots2oss.osswriter.upload.BytesCounter;

/** Opens the record writer of the configured format over an object stream. */
public final class RecordWriters {
    private RecordWriters() {
    }

    /** {@code objectStream} is the raw object stream; compression (text/CSV) is added here. */
    public static <S extends OutputStream & BytesCounter> RecordWriter open(S objectStream, String name, FormatConfig format,
                                                                            int rowGroupBytes) throws IOException {
        switch (format.fileFormat()) {
            case PARQUET:
                return new ParquetRecordWriter(objectStream, name, format, rowGroupBytes);
            case CSV:
                return new CsvRecordWriter(Compressors.wrap(objectStream, format.compression()), objectStream, format);
            case TEXT:
            default:
                return new TextRecordWriter(Compressors.wrap(objectStream, format.compression()), objectStream, format);
        }
    }
}
