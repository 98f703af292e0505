package io.ots2oss.osswriter.single;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;

import com.alibaba.datax.common.element.Record;

import io.ots2oss.osswriter.config.WriterConfig;
import io.ots2oss.osswriter.format.RecordWriter;
import io.ots2oss.osswriter.manifest.CommittedObject;
import io.ots2oss.osswriter.task.RecordSink;
import io.ots2oss.common.memory.MemoryBudget;
import io.ots2oss.osswriter.upload.OssGateway;

/** A task's records in single-object mode; the header is the committer's, written once. */
public final class SingleObjectShareSink implements RecordSink {
    private final WriterConfig config;
    private final OssGateway gateway;
    private final SingleObjectLayout layout;
    private final int task;
    private final ExecutorService executor;
    private final MemoryBudget budget;
    private SharePartStream stream;
    private RecordWriter writer;
    private long records;

    public SingleObjectShareSink(WriterConfig config, OssGateway gateway, SingleObjectLayout layout, int task,
                                 ExecutorService executor, MemoryBudget budget) {
        this.config = config;
        this.gateway = gateway;
        this.layout = layout;
        this.task = task;
        this.executor = executor;
        this.budget = budget;
    }

    @Override
    public void write(Record record) throws IOException {
        if (writer == null) {
            stream = new SharePartStream(gateway, layout, task, config.blockSizeBytes(), budget, executor, config.maxInFlightParts());
            writer = config.writers().open(stream, layout.object(), config.blockSizeBytes());
        }
        writer.write(record);
        records++;
    }

    @Override
    public void finish() throws IOException {
        if (writer != null) {
            writer.finish();
            writer = null;
            stream = null;
        }
    }

    @Override
    public void abort() {
        if (stream != null) {
            stream.abort();
            stream = null;
            writer = null;
        }
    }

    /** The object is committed by the job, from every task's share. */
    @Override
    public List<CommittedObject> committedObjects() {
        return Collections.emptyList();
    }

    @Override
    public long records() {
        return records;
    }
}
