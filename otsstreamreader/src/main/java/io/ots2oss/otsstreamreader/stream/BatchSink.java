package io.ots2oss.otsstreamreader.stream;

import com.alibaba.datax.common.element.Record;
import io.ots2oss.common.memory.MemoryBudget;

import java.util.List;

/**
 * Receives the converted records of a shard, batch by batch, in shard order. May block (back-pressure); throws
 * {@link java.util.concurrent.CancellationException} once the task has stopped taking records.
 */
interface BatchSink {
    /** @param held the memory the batch holds (may be null), released once the task has handed the records on */
    void accept(List<Record> batch, MemoryBudget.Reservation held) throws InterruptedException;
}
