package io.ots2oss.testkit.engine;

import com.alibaba.datax.common.element.Record;
import com.alibaba.datax.common.exception.CommonErrorCode;
import com.alibaba.datax.common.exception.DataXException;
import com.alibaba.datax.common.plugin.RecordReceiver;

import java.util.ArrayList;
import java.util.List;

/** The writer side of DataX's BufferedRecordExchanger: returns records batch by batch, then null at the end. */
final class BufferedRecordReceiver implements RecordReceiver {

    private final MemoryChannel channel;
    private final List<Record> buffer;
    private int next;
    private boolean terminated;
    private volatile boolean shutdown;

    BufferedRecordReceiver(MemoryChannel channel, int bufferSize) {
        this.channel = channel;
        this.buffer = new ArrayList<>(bufferSize);
    }

    @Override
    public Record getFromReader() {
        if (shutdown) {
            throw DataXException.asDataXException(CommonErrorCode.SHUT_DOWN_TASK, "the task is shutting down");
        }
        if (terminated) {
            return null;
        }
        if (next >= buffer.size()) {
            receive();
        }
        Record record = buffer.get(next++);
        if (record == TerminateRecord.INSTANCE) {
            terminated = true;
            return null;
        }
        return record;
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    private void receive() {
        try {
            channel.pullAll(buffer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DataXException.asDataXException(CommonErrorCode.SHUT_DOWN_TASK, "interrupted while receiving", e);
        }
        next = 0;
    }
}
