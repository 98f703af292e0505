package io.ots2oss.testkit.engine;

import com.alibaba.datax.common.element.Record;
import io.ots2oss.testkit.config.JobSettings.ChannelSettings;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * DataX's MemoryChannel: a bounded queue between one reader and one writer thread. A push waits while the batch would
 * exceed either the record capacity or the byte capacity (records' memory sizes); a pull waits for at least one
 * record and drains up to the exchanger's buffer size. The reader side also counts and throttles here.
 */
final class MemoryChannel {

    private static final long WAIT_MILLIS = 200;

    private final int capacity;
    private final long byteCapacity;
    private final int pullBatchSize;
    private final TaskCounters counters;
    private final Throttle throttle;
    private final ArrayDeque<Record> queue = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();
    private final Condition notEmpty = lock.newCondition();
    private long memoryBytes;
    private int peakSize;
    private boolean consumerGone;

    MemoryChannel(ChannelSettings settings, TaskCounters counters) {
        this.capacity = settings.capacity();
        this.byteCapacity = settings.byteCapacity();
        this.pullBatchSize = settings.bufferSize();
        this.counters = counters;
        this.throttle = new Throttle(settings);
    }

    long byteCapacity() {
        return byteCapacity;
    }

    void pushAll(Collection<Record> records) throws InterruptedException {
        if (records.isEmpty()) {
            return;
        }
        long bytes = memorySize(records);
        lock.lockInterruptibly();
        try {
            while (!consumerGone
                    && (memoryBytes + bytes > byteCapacity && memoryBytes > 0 || queue.size() + records.size() > capacity)) {
                notFull.await(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            }
            if (consumerGone) {
                // In DataX the reader would block forever and the records be lost when the JVM exits.
                throw new IllegalStateException(
                        "the writer task finished before the reader task had sent all its records");
            }
            queue.addAll(records);
            memoryBytes += bytes;
            peakSize = Math.max(peakSize, queue.size());
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
        counters.readSucceedRecords.addAndGet(records.size());
        counters.readSucceedBytes.addAndGet(byteSize(records));
        throttle.afterPush(counters.readSucceedBytes.get(), counters.readSucceedRecords.get());
    }

    void pushTerminate() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            queue.add(TerminateRecord.INSTANCE);
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The writer thread has ended: a reader still pushing fails instead of waiting forever. */
    void consumerGone() {
        lock.lock();
        try {
            consumerGone = true;
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Replaces the content of {@code into} with the next records (at least one, possibly the terminate marker). */
    void pullAll(List<Record> into) throws InterruptedException {
        into.clear();
        lock.lockInterruptibly();
        try {
            while (queue.isEmpty()) {
                notEmpty.await(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            }
            while (!queue.isEmpty() && into.size() < pullBatchSize) {
                into.add(queue.poll());
            }
            memoryBytes -= memorySize(into);
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
        int received = 0;
        for (Record record : into) {
            if (record != TerminateRecord.INSTANCE) {
                received++;
            }
        }
        counters.writeReceivedRecords.addAndGet(received);
        counters.writeReceivedBytes.addAndGet(byteSize(into));
    }

    /** The most records the queue ever held (for back-pressure checks). */
    int peakSize() {
        lock.lock();
        try {
            return peakSize;
        } finally {
            lock.unlock();
        }
    }

    private static long memorySize(Collection<Record> records) {
        long total = 0;
        for (Record record : records) {
            total += record.getMemorySize();
        }
        return total;
    }

    private static long byteSize(Collection<Record> records) {
        long total = 0;
        for (Record record : records) {
            total += record.getByteSize();
        }
        return total;
    }
}
