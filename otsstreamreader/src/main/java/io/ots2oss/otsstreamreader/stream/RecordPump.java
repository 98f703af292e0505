package io.ots2oss.otsstreamreader.stream;

import com.alibaba.datax.common.element.Record;
import io.ots2oss.common.memory.MemoryBudget;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Hands batches from the shard threads to the one thread that talks to DataX. Each shard may have at most
 * {@code batchesPerShard} batches waiting, so a fast shard stalls instead of filling memory; each shard puts its
 * batches in order, so per-shard order holds. Once the consumer {@link #close() closes} the pump, a shard thread
 * waiting for room gives up instead of waiting for a consumer that is gone (an interrupt alone is not enough: the
 * SDK may swallow it).
 */
final class RecordPump {
    private static final Object END = new Object();
    /** How often a shard thread waiting for room checks whether the consumer is gone. */
    private static final long ROOM_CHECK_MILLIS = 200;

    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<Object>();
    private final int batchesPerShard;
    private volatile boolean closed;

    RecordPump(int batchesPerShard) {
        this.batchesPerShard = Math.max(1, batchesPerShard);
    }

    /** A sink for one shard, with its own prefetch budget. */
    BatchSink sinkForShard() {
        final Semaphore budget = new Semaphore(batchesPerShard);
        return new BatchSink() {
            @Override
            public void accept(List<Record> batch, MemoryBudget.Reservation held) throws InterruptedException {
                Batch item = new Batch(batch, budget, held);
                boolean queued = false;
                try {
                    while (!budget.tryAcquire(ROOM_CHECK_MILLIS, TimeUnit.MILLISECONDS)) {
                        failIfClosed();
                    }
                    failIfClosed();
                    queue.put(item);
                    queued = true;
                } finally {
                    if (!queued && held != null) {
                        held.release();
                    }
                }
                if (closed) {
                    // Closed while this batch went in: close() may have cleared the queue before it arrived.
                    releaseQueued();
                }
            }
        };
    }

    private void failIfClosed() {
        if (closed) {
            throw new CancellationException("The task stopped taking records; this shard stops reading.");
        }
    }

    void finish() {
        queue.add(END);
    }

    void fail(Throwable failure) {
        queue.add(new Failure(failure));
    }

    /** Called by the consumer when it stops taking batches, normally or not: waiting shard threads give up. */
    void close() {
        closed = true;
        releaseQueued();
    }

    /** Drops every queued batch, giving back its memory: the reader's budget is shared by the JVM's later tasks. */
    private void releaseQueued() {
        Object item;
        while ((item = queue.poll()) != null) {
            if (item instanceof Batch) {
                ((Batch) item).done();
            }
        }
    }

    /**
     * Takes the next batch, waiting at most the given time; the caller hands it on, then calls {@link Batch#done()}.
     * @return the batch, {@link Batch#EMPTY} on timeout, or null once every shard is done
     */
    Batch next(long waitMillis) throws InterruptedException {
        Object item = queue.poll(waitMillis, TimeUnit.MILLISECONDS);
        if (item == null) {
            return Batch.EMPTY;
        }
        if (item == END) {
            return null;
        }
        if (item instanceof Failure) {
            Throwable cause = ((Failure) item).cause;
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
        return (Batch) item;
    }

    static final class Batch {
        static final Batch EMPTY = new Batch(Collections.<Record>emptyList(), null, null);

        final List<Record> records;
        private final Semaphore budget;
        private final MemoryBudget.Reservation memory;

        Batch(List<Record> records, Semaphore budget, MemoryBudget.Reservation memory) {
            this.records = records;
            this.budget = budget;
            this.memory = memory;
        }

        /** Returns the slot to the shard that produced the batch, and the memory its records held. */
        void done() {
            if (budget != null) {
                budget.release();
            }
            if (memory != null) {
                memory.release();
            }
        }
    }

    private static final class Failure {
        final Throwable cause;

        Failure(Throwable cause) {
            this.cause = cause;
        }
    }
}
