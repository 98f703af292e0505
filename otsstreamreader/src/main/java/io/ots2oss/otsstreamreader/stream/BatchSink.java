package io.ots2oss.otsstreamreader.stream;

import com.alibaba.datax.common.element.Record;

import java.util.List;

/**
 * Receives the converted records of a shard, batch by batch, in shard order. May block (back-pressure); throws
 * {@link java.util.concurrent.CancellationException} once the task has stopped taking records.
 */
interface BatchSink {
    void accept(List<Record> batch) throws InterruptedException;
}
