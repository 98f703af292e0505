package io.ots2oss.osswriter.upload;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;

import com.aliyun.oss.model.PartETag;

/** The parts of one upload sent in the background, at most {@code maxInFlight} at a time. */
final class PartUploads {
    private final OssGateway gateway;
    private final String key;
    private final ExecutorService executor;
    private final int maxInFlight;
    private final Semaphore inFlight;
    private final Map<Integer, PartETag> etags = new TreeMap<Integer, PartETag>();
    private volatile Throwable failure;

    PartUploads(OssGateway gateway, String key, ExecutorService executor, int maxInFlight) {
        this.gateway = gateway;
        this.key = key;
        this.executor = executor;
        this.maxInFlight = maxInFlight;
        this.inFlight = new Semaphore(maxInFlight);
    }

    /**
     * Hands the buffer over: it is released when its upload ends, or at once when this throws (an earlier part
     * failed, or the wait was interrupted). Blocks while too many parts are in flight.
     */
    void submit(final String uploadId, final int partNumber, final PartBuffer buffer) throws IOException {
        try {
            throwIfFailed();
            acquire(1);
        } catch (IOException e) {
            buffer.release();
            throw e;
        }
        try {
            executor.execute(new Runnable() {
                @Override
                public void run() {
                    try {
                        if (failure == null) {
                            PartETag etag = gateway.uploadPart(key, uploadId, partNumber, buffer);
                            synchronized (etags) {
                                etags.put(partNumber, etag);
                            }
                        }
                    } catch (Throwable e) {
                        if (failure == null) {
                            failure = e;
                        }
                    } finally {
                        buffer.release();
                        inFlight.release();
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            buffer.release();
            inFlight.release();
            throw new IOException("The upload executor of " + key + " is shut down", e);
        }
    }

    /** Waits for every submitted part; returns their ETags in part-number order. */
    List<PartETag> awaitAll() throws IOException {
        acquire(maxInFlight);
        inFlight.release(maxInFlight);
        throwIfFailed();
        synchronized (etags) {
            return new ArrayList<PartETag>(etags.values());
        }
    }

    /** Lets running uploads settle without raising their errors (used when aborting). */
    void settle() {
        inFlight.acquireUninterruptibly(maxInFlight);
        inFlight.release(maxInFlight);
    }

    void throwIfFailed() throws IOException {
        Throwable e = failure;
        if (e != null) {
            throw new IOException("Uploading a part of " + key + " failed: " + e.getMessage(), e);
        }
    }

    private void acquire(int permits) throws IOException {
        try {
            inFlight.acquire(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for part uploads of " + key);
        }
    }
}
