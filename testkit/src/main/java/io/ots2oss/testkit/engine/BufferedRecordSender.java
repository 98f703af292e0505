package io.ots2oss.testkit.engine;

import com.alibaba.datax.common.element.Record;
import com.alibaba.datax.common.exception.CommonErrorCode;
import com.alibaba.datax.common.exception.DataXException;
import com.alibaba.datax.common.plugin.RecordSender;
import com.alibaba.datax.common.plugin.TaskPluginCollector;

import java.util.ArrayList;
import java.util.List;

/**
 * The reader side of DataX's BufferedRecordExchanger: batches records and pushes a batch when it holds
 * {@code bufferSize} records or would exceed the channel's byte capacity. A record larger than the byte capacity is
 * never sent; it is reported as a dirty record instead.
 */
final class BufferedRecordSender implements RecordSender {

    private final MemoryChannel channel;
    private final TaskPluginCollector collector;
    private final int bufferSize;
    private final List<Record> buffer;
    private long bufferedBytes;
    private volatile boolean shutdown;

    BufferedRecordSender(MemoryChannel channel, TaskPluginCollector collector, int bufferSize) {
        this.channel = channel;
        this.collector = collector;
        this.bufferSize = bufferSize;
        this.buffer = new ArrayList<>(bufferSize);
    }

    @Override
    public Record createRecord() {
        return new DefaultRecord();
    }

    @Override
    public void sendToWriter(Record record) {
        ensureRunning();
        if (record == null) {
            throw new IllegalArgumentException("record must not be null");
        }
        if (record.getMemorySize() > channel.byteCapacity()) {
            collector.collectDirtyRecord(record, new Exception(String.format(
                    "a single record exceeds the size limit core.transport.channel.byteCapacity=%d",
                    channel.byteCapacity())));
            return;
        }
        if (buffer.size() >= bufferSize || bufferedBytes + record.getMemorySize() > channel.byteCapacity()) {
            flush();
        }
        buffer.add(record);
        bufferedBytes += record.getMemorySize();
    }

    @Override
    public void flush() {
        ensureRunning();
        try {
            channel.pushAll(buffer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DataXException.asDataXException(CommonErrorCode.SHUT_DOWN_TASK, "interrupted while sending", e);
        }
        buffer.clear();
        bufferedBytes = 0;
    }

    @Override
    public void terminate() {
        flush();
        try {
            channel.pushTerminate();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DataXException.asDataXException(CommonErrorCode.SHUT_DOWN_TASK, "interrupted while terminating", e);
        }
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    private void ensureRunning() {
        if (shutdown) {
            throw DataXException.asDataXException(CommonErrorCode.SHUT_DOWN_TASK, "the task is shutting down");
        }
    }
}
