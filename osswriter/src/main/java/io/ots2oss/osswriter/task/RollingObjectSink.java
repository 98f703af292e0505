package io.ots2oss.osswriter.task;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.alibaba.datax.common.element.Record;

import io.ots2oss.osswriter.config.WriterConfig;
import io.ots2oss.osswriter.format.RecordWriter;
import io.ots2oss.osswriter.manifest.CommittedObject;
import io.ots2oss.osswriter.naming.ObjectNamer;
import io.ots2oss.common.memory.MemoryBudget;
import io.ots2oss.osswriter.upload.ObjectUploadStream;
import io.ots2oss.osswriter.upload.OssGateway;

/** The objects of one task: opened on the first record, rolled by size, each committed when complete. */
public final class RollingObjectSink implements RecordSink {
    private static final Logger LOG = LoggerFactory.getLogger(RollingObjectSink.class);
    private static final int MAX_PARTS = 10000;

    private final WriterConfig config;
    private final OssGateway gateway;
    private final ObjectNamer namer;
    private final ExecutorService executor;
    private final MemoryBudget budget;
    private final long rollAtBytes;
    private final List<String> committed = new ArrayList<String>();
    private final List<CommittedObject> committedObjects = new ArrayList<CommittedObject>();
    private ObjectUploadStream stream;
    private RecordWriter writer;
    private int roll;
    private long recordsInCurrent;
    private long records;

    public RollingObjectSink(WriterConfig config, OssGateway gateway, ObjectNamer namer, ExecutorService executor, MemoryBudget budget) {
        this.config = config;
        this.gateway = gateway;
        this.namer = namer;
        this.executor = executor;
        this.budget = budget;
        // Leave room below OSS's 10,000-part limit whatever maxFileSize says.
        this.rollAtBytes = Math.min(config.maxFileSizeBytes(), (long) config.blockSizeBytes() * (MAX_PARTS - 1));
    }

    @Override
    public void write(Record record) throws IOException {
        if (writer == null) {
            open(record);
        }
        writer.write(record);
        recordsInCurrent++;
        records++;
        if (writer.size() >= rollAtBytes) {
            commitCurrent();
        }
    }

    @Override
    public void finish() throws IOException {
        if (writer == null && committed.isEmpty() && config.generateEmptyFile()) {
            open(null);
        }
        if (writer != null) {
            commitCurrent();
        }
    }

    /** Discards the unfinished object and the objects this task already completed: a failed task leaves none. */
    @Override
    public void abort() {
        if (stream != null) {
            LOG.info("Discarding the unfinished object {}", stream.key());
            stream.abort();
            stream = null;
            writer = null;
        }
        deleteCommitted();
    }

    private void deleteCommitted() {
        if (committed.isEmpty()) {
            return;
        }
        try {
            gateway.deleteKeys(committed);
            LOG.info("Deleted the {} objects this task completed before failing", committed.size());
            committed.clear();
            committedObjects.clear();
        } catch (RuntimeException e) {
            LOG.warn("Could not delete the objects {} of the failed task: {}", committed, e.getMessage());
        }
    }

    /** Keys of the objects committed so far, in order. */
    public List<String> committedKeys() {
        return Collections.unmodifiableList(committed);
    }

    @Override
    public List<CommittedObject> committedObjects() {
        return Collections.unmodifiableList(committedObjects);
    }

    @Override
    public long records() {
        return records;
    }

    /** {@code first}: the object's first record, which may name it ({@code partition}); null for an empty object. */
    private void open(Record first) throws IOException {
        String key = namer.nameFor(roll, first);
        stream = new ObjectUploadStream(gateway, key, config.blockSizeBytes(), budget, executor, config.maxInFlightParts());
        writer = config.writers().open(stream, key, config.blockSizeBytes());
        writer.writeHeader();
    }

    private void commitCurrent() throws IOException {
        writer.finish();
        committed.add(stream.key());
        committedObjects.add(new CommittedObject(stream.key(), stream.bytesWritten(), recordsInCurrent));
        recordsInCurrent = 0;
        LOG.info("Wrote oss://{}/{} ({} bytes)", gateway.bucket(), stream.key(), stream.bytesWritten());
        stream = null;
        writer = null;
        roll++;
    }
}
