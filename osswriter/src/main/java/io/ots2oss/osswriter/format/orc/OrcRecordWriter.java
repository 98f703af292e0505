package io.ots2oss.osswriter.format.orc;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.orc.CompressionKind;
import org.apache.orc.OrcFile;
import org.apache.orc.TypeDescription;
import org.apache.orc.impl.PhysicalFsWriter;
import org.apache.orc.impl.WriterImpl;
import org.apache.orc.impl.writer.WriterEncryptionVariant;
import org.apache.orc.storage.ql.exec.vector.VectorizedRowBatch;

import com.alibaba.datax.common.element.Record;

import io.ots2oss.osswriter.format.RecordWriter;
import io.ots2oss.osswriter.upload.BytesCounter;

/**
 * Writes one ORC object with the ORC core library straight into the object's upload stream: its physical writer
 * gets our stream, so no Hadoop FileSystem is ever created. A stripe is held in memory up to {@code blockSizeInMB}
 * (at least 1 MiB), the same bound as a Parquet row group.
 */
final class OrcRecordWriter implements RecordWriter {
    private static final long MIN_STRIPE = 1024L * 1024L;
    /** Only a key for ORC's memory manager and its log lines; nothing is opened at this path. */
    private static final Path NO_PATH = new Path("/osswriter/object.orc");

    private final BytesCounter written;
    private final CommitOnFinish target;
    private final OrcFields fields;
    private final WriterImpl writer;
    private final VectorizedRowBatch batch;

    OrcRecordWriter(OutputStream stream, BytesCounter written, String struct, OrcCodec codec, int stripeBytes) throws IOException {
        TypeDescription schema = TypeDescription.fromString(struct);
        this.written = written;
        this.target = new CommitOnFinish(stream);
        this.fields = new OrcFields(schema);
        OrcFile.WriterOptions options = OrcFile.writerOptions(new Configuration(false))
                .setSchema(schema)
                .compress(CompressionKind.valueOf(codec.name()))
                .stripeSize(Math.max(MIN_STRIPE, stripeBytes))
                .blockPadding(false)
                .useUTCTimestamp(true)
                .memory(new UnscaledMemory());
        options.physicalWriter(new PhysicalFsWriter(new FSDataOutputStream(target, null), options, new WriterEncryptionVariant[0]));
        this.writer = new WriterImpl(null, NO_PATH, options);
        this.batch = schema.createRowBatch();
    }

    @Override
    public void writeHeader() {
        // ORC carries its schema in the footer.
    }

    @Override
    public void write(Record record) throws IOException {
        Object[] values = fields.convert(record);
        fields.set(batch, batch.size++, values);
        if (batch.size == batch.getMaxSize()) {
            flushBatch();
        }
    }

    private void flushBatch() throws IOException {
        if (batch.size > 0) {
            writer.addRowBatch(batch);
            batch.reset();
        }
    }

    @Override
    public long size() {
        return written.bytesWritten() + writer.estimateMemory();
    }

    /** Writes the last stripe and the footer, then closes the stream, which commits the object. */
    @Override
    public void finish() throws IOException {
        flushBatch();
        target.finishing = true;
        writer.close();
    }

    /**
     * ORC closes its writer, footer and all, when adding rows fails; only {@link #finish()} may close (commit) the
     * object, so that a failed write is aborted by the task instead.
     */
    private static final class CommitOnFinish extends OutputStream {
        private final OutputStream out;
        private boolean finishing;

        CommitOnFinish(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (finishing) {
                out.close();
            }
        }
    }
}
