package io.ots2oss.otsstreamreader.stream;

import com.alibaba.datax.common.element.Record;

import java.util.List;

/** Receives the converted records of a shard, batch by batch, in shard order. May block (back-pressure). */
interface BatchSink {
    void accept(List<Record> batch) throws InterruptedException;
}
