package io.ots2oss.emulator.oss.http;

import java.io.InterruptedIOException;

/** Keeps a byte stream at or under a rate by sleeping after each chunk. 0 means unlimited. */
final class Pacer {
    private final long bytesPerSecond;
    private final long startNanos = System.nanoTime();
    private long bytes;

    Pacer(long bytesPerSecond) {
        this.bytesPerSecond = bytesPerSecond;
    }

    /** Chunks of about 1/20 s keep the pace smooth. */
    long chunkSize() {
        return bytesPerSecond <= 0 ? Long.MAX_VALUE : Math.max(1024, bytesPerSecond / 20);
    }

    void account(long count) throws InterruptedIOException {
        if (bytesPerSecond <= 0) {
            return;
        }
        bytes += count;
        long dueNanos = startNanos + bytes * 1_000_000_000L / bytesPerSecond;
        long waitNanos = dueNanos - System.nanoTime();
        if (waitNanos > 0) {
            try {
                Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while pacing");
            }
        }
    }
}
