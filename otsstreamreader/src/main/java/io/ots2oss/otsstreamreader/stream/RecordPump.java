package io.ots2oss.otsstreamreader.stream;

import com.alibaba.datax.common.element.Record;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Hands batches from the shard threads to the one thread that talks to DataX. Each shard may have at most
 * {@code batchesPerShard} batches waiting, so a fast shard stalls instead of filling memory; each shard puts its
 * batches in order, so per-shard order holds.
 */
final class RecordPump {
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<Object>();
    private final int batchesPerShard;

    RecordPump(int batchesPerShard) {
        this.batchesPerShard = Math.max(1, batchesPerShard);
    }

    /** A sink for one shard, with its own prefetch budget. */
    BatchSink sinkForShard() {
        final Semaphore budget = new Semaphore(batchesPerShard);
        return new BatchSink() {
            @Override
            public void accept(List<Record> batch) throws InterruptedException {
                budget.acquire();
                queue.put(new Batch(batch, budget));
            }
        };
    }

    void finish() {
        queue.add(END);
    }

    void fail(Throwable failure) {
        queue.add(new Failure(failure));
    }

    /**
     * Takes the next batch, waiting at most the given time; the caller hands it on, then calls {@link Batch#done()}.
     * @return the batch, an empty batch on timeout, or null once every shard is done
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
        static final Batch EMPTY = new Batch(Collections.<Record>emptyList(), null);

        final List<Record> records;
        private final Semaphore budget;

        Batch(List<Record> records, Semaphore budget) {
            this.records = records;
            this.budget = budget;
        }

        /** Returns the slot to the shard that produced the batch. */
        void done() {
            if (budget != null) {
                budget.release();
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
