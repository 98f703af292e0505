package io.ots2oss.otsstreamreader.stream;

import com.alibaba.datax.common.element.Record;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands batches from the shard threads to the one thread that talks to DataX. The queue is bounded, so
 * readers stall instead of filling memory; each shard puts its batches in order, so per-shard order holds.
 */
final class RecordPump {
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;

    RecordPump(int capacity) {
        this.queue = new ArrayBlockingQueue<Object>(Math.max(2, capacity));
    }

    BatchSink sink() {
        return new BatchSink() {
            @Override
            public void accept(List<Record> batch) throws InterruptedException {
                queue.put(batch);
            }
        };
    }

    void finish() throws InterruptedException {
        queue.put(END);
    }

    void fail(Throwable failure) {
        // The consumer may be gone already; never block the failing thread for long.
        try {
            queue.offer(new Failure(failure), 5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Takes the next batch, waiting at most the given time.
     * @return the batch, an empty list on timeout, or null once every shard is done
     */
    @SuppressWarnings("unchecked")
    List<Record> next(long waitMillis) throws InterruptedException {
        Object item = queue.poll(waitMillis, TimeUnit.MILLISECONDS);
        if (item == null) {
            return java.util.Collections.emptyList();
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
        return (List<Record>) item;
    }

    private static final class Failure {
        final Throwable cause;

        Failure(Throwable cause) {
            this.cause = cause;
        }
    }
}
