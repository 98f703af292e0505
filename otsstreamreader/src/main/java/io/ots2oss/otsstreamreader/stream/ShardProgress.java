package io.ots2oss.otsstreamreader.stream;

import java.util.concurrent.atomic.AtomicLong;

/** Live counters of one shard, read by the progress logger from another thread. */
final class ShardProgress {
    final String shardId;
    final AtomicLong recordsSent = new AtomicLong();
    final AtomicLong streamRecords = new AtomicLong();
    final AtomicLong firstMillis = new AtomicLong(-1);
    final AtomicLong lastMillis = new AtomicLong(-1);

    ShardProgress(String shardId) {
        this.shardId = shardId;
    }

    void onStreamRecord(long millis, int recordsProduced) {
        streamRecords.incrementAndGet();
        recordsSent.addAndGet(recordsProduced);
        firstMillis.compareAndSet(-1, millis);
        lastMillis.set(millis);
    }

    ShardOutcome outcome(StopReason reason) {
        return new ShardOutcome(shardId, reason, recordsSent.get(), firstMillis.get(), lastMillis.get());
    }

    @Override
    public String toString() {
        return shardId + "=" + recordsSent.get() + " records (stream time " + lastMillis.get() + ")";
    }
}
