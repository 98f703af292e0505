package io.ots2oss.osswriter.format.parquet;

import java.io.IOException;
import java.io.OutputStream;

import io.ots2oss.osswriter.format.RecordWriter;
import io.ots2oss.osswriter.format.RecordWriterProvider;
import io.ots2oss.osswriter.upload.BytesCounter;

/** Opens Parquet writers of one validated schema and codec. */
public final class ParquetWriters implements RecordWriterProvider {
    private static final String EXTENSION = ".parquet";

    private final String schema;
    private final ParquetCodec codec;
    private final ParquetOptions options;

    ParquetWriters(String schema, ParquetCodec codec, ParquetOptions options) {
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
    public String fileFormat() {
        return "parquet";
    }

    @Override
    public <S extends OutputStream & BytesCounter> RecordWriter open(S objectStream, String objectName, int partSizeBytes) throws IOException {
        return new ParquetRecordWriter(objectStream, objectName, schema, codec, options, partSizeBytes);
    }

    @Override
    public String nameExtension() {
        return EXTENSION;
    }

    @Override
    public String templateExtension() {
        return EXTENSION;
    }

    /** One Parquet file has one footer: several tasks cannot share it. */
    @Override
    public boolean concatenable() {
        return false;
    }

    @Override
    public String toString() {
        return "parquet+" + codec.jobValue();
    }
}
