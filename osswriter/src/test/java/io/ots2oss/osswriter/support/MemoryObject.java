package io.ots2oss.osswriter.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.alibaba.datax.common.element.Record;

import io.ots2oss.osswriter.format.RecordWriter;
import io.ots2oss.osswriter.format.RecordWriterProvider;
import io.ots2oss.osswriter.upload.BytesCounter;

/** An in-memory object stream for format tests. */
public final class MemoryObject extends ByteArrayOutputStream implements BytesCounter {
    private boolean closed;

    /** The object the configured format writes: the header, then {@code records}, then the writer finished. */
    public static MemoryObject written(Params params, Record... records) throws IOException {
        MemoryObject out = new MemoryObject();
        RecordWriter writer = params.parse().writers().open(out, "x", 1 << 20);
        writer.writeHeader();
        for (Record record : records) {
            writer.write(record);
        }
        writer.finish();
        return out;
    }

    /**
     * The object {@code writers} write for {@code records} (no header), named {@code objectName}; the writer must close
     * the stream when it finishes.
     */
    public static MemoryObject written(RecordWriterProvider writers, String objectName, List<? extends Record> records)
            throws IOException {
        MemoryObject out = new MemoryObject();
        RecordWriter writer = writers.open(out, objectName, 1 << 20);
        for (Record record : records) {
            writer.write(record);
        }
        writer.finish();
        assertTrue(out.closed(), "the writer closes the object stream when it finishes");
        return out;
    }

    @Override
    public long bytesWritten() {
        return size();
    }

    @Override
    public void close() {
        closed = true;
    }

    public boolean closed() {
        return closed;
    }

    public String utf8() {
        return new String(toByteArray(), StandardCharsets.UTF_8);
    }
}
