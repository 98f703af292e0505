package io.ots2oss.osswriter.format.parquet;

import java.io.IOException;
import java.io.OutputStream;

import io.ots2oss.osswriter.format.FooteredProvider;
import io.ots2oss.osswriter.format.RecordWriter;
import io.ots2oss.osswriter.upload.BytesCounter;

/** Opens Parquet writers of one validated schema and codec. */
public final class ParquetWriters extends FooteredProvider {
    private final String schema;
    private final ParquetCodec codec;
    private final ParquetOptions options;

    ParquetWriters(String schema, ParquetCodec codec, ParquetOptions options) {
        super("parquet");
        this.schema = schema;
        this.codec = codec;
        this.options = options;
    }

    /** The Parquet message type in Parquet's schema syntax. */
    public String schema() {
        return schema;
    }

    public ParquetCodec codec() {
        return codec;
    }

    @Override
    public <S extends OutputStream & BytesCounter> RecordWriter open(S objectStream, String objectName, int partSizeBytes) throws IOException {
        return new ParquetRecordWriter(objectStream, objectName, schema, codec, options, partSizeBytes);
    }

    @Override
    public String toString() {
        return "parquet+" + codec.jobValue();
    }
}
