package io.ots2oss.osswriter.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.DelegatingSeekableInputStream;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.io.SeekableInputStream;
import org.apache.parquet.schema.MessageType;

/** Reads a Parquet file from bytes with parquet-java's standard reader (its own codecs, not the writer's). */
public final class ParquetRows {
    private final MessageType schema;
    private final List<Group> rows;
    private final ParquetMetadata footer;

    private ParquetRows(MessageType schema, List<Group> rows, ParquetMetadata footer) {
        this.schema = schema;
        this.rows = rows;
        this.footer = footer;
    }

    public static ParquetRows read(byte[] bytes) throws IOException {
        List<Group> rows = new ArrayList<>();
        try (ParquetFileReader reader = ParquetFileReader.open(new BytesInputFile(bytes), ParquetReadOptions.builder().build())) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            PageReadStore pages;
            while ((pages = reader.readNextRowGroup()) != null) {
                RecordReader<Group> records = new ColumnIOFactory().getColumnIO(schema).getRecordReader(pages, new GroupRecordConverter(schema));
                for (long i = 0; i < pages.getRowCount(); i++) {
                    rows.add(records.read());
                }
            }
            return new ParquetRows(schema, rows, reader.getFooter());
        }
    }

    public MessageType schema() {
        return schema;
    }

    public List<Group> rows() {
        return rows;
    }

    public ParquetMetadata footer() {
        return footer;
    }

    private static final class BytesInputFile implements InputFile {
        private final byte[] bytes;

        BytesInputFile(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public long getLength() {
            return bytes.length;
        }

        @Override
        public SeekableInputStream newStream() {
            final SeekableByteStream in = new SeekableByteStream(bytes);
            return new DelegatingSeekableInputStream(in) {
                @Override
                public long getPos() {
                    return in.position();
                }

                @Override
                public void seek(long newPos) {
                    in.seek((int) newPos);
                }
            };
        }
    }

    private static final class SeekableByteStream extends ByteArrayInputStream {
        SeekableByteStream(byte[] bytes) {
            super(bytes);
        }

        int position() {
            return pos;
        }

        void seek(int position) {
            pos = position;
        }
    }
}
