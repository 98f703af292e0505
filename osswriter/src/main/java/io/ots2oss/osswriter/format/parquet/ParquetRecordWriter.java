package io.ots2oss.osswriter.format.parquet;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

import com.alibaba.datax.common.element.Record;

import io.ots2oss.osswriter.format.RecordWriter;

/** Writes one Parquet object through parquet-java, straight into the object's upload stream. */
final class ParquetRecordWriter implements RecordWriter {
    private static final int MIN_ROW_GROUP = 1024 * 1024;

    private final RecordConverter converter;
    private final ParquetWriter<Object[]> writer;

    ParquetRecordWriter(OutputStream stream, String name, String messageType, ParquetCodec codec, ParquetOptions options,
                        int rowGroupBytes) throws IOException {
        MessageType schema = MessageTypeParser.parseMessageType(messageType);
        this.converter = new RecordConverter(schema, options);
        this.writer = new Builder(new StreamOutputFile(stream, name), new ValuesWriteSupport(schema, converter.converters()))
                .withConf(new PlainParquetConfiguration())
                .withCodecFactory(new PlainCodecFactory())
                .withCompressionCodec(CompressionCodecName.valueOf(codec.name()))
                .withRowGroupSize((long) Math.max(MIN_ROW_GROUP, rowGroupBytes))
                .build();
    }

    @Override
    public void writeHeader() {
        // Parquet carries its schema in the footer.
    }

    @Override
    public void write(Record record) throws IOException {
        writer.write(converter.convert(record));
    }

    @Override
    public long size() {
        return writer.getDataSize();
    }

    @Override
    public void finish() throws IOException {
        writer.close();
    }

    private static final class Builder extends ParquetWriter.Builder<Object[], Builder> {
        private final ValuesWriteSupport writeSupport;

        Builder(OutputFile file, ValuesWriteSupport writeSupport) {
            super(file);
            this.writeSupport = writeSupport;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Object[]> getWriteSupport(ParquetConfiguration conf) {
            return writeSupport;
        }

        /** Required by the abstract API; never called because the writer is built with a plain ParquetConfiguration. */
        @SuppressWarnings("deprecation")
        @Override
        protected WriteSupport<Object[]> getWriteSupport(org.apache.hadoop.conf.Configuration conf) {
            return writeSupport;
        }
    }
}
